# Handover — en: crisis

crisis-title = Crisis log
crisis-intro = A record of what was done, decided and said during a crisis. Entries are never changed: mistakes are put right with a correction.
crisis-leadership-only = The crisis log is kept on the devices of the CEO and the Operations Assistant only.
crisis-declare = Declare a crisis
crisis-declare-save = Declare the crisis
crisis-empty = No crises. Declare one when something goes seriously wrong, and log every step as you go.
crisis-not-found = This crisis does not exist on this device.
crisis-back = Back to the crisis log
crisis-back-to-crisis = Back to the crisis
crisis-field-title = Title
crisis-field-severity = Severity
crisis-field-text = What happened
crisis-field-correction = The correction
crisis-field-resolution = How the crisis was resolved
crisis-status-open = Open
crisis-status-closed = Closed
crisis-declared = Declared by { $name }, { $when }
crisis-entry-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
severity-low = Low
severity-moderate = Moderate
severity-high = High
severity-critical = Critical
crisis-entry-action = Action
crisis-entry-decision = Decision
crisis-entry-to-client = Communication to a client
crisis-entry-to-team = Communication to the team
crisis-entry-to-external = Communication to an external stakeholder
crisis-entry-note = Note

## The timeline
crisis-timeline = Timeline
crisis-timeline-empty = Nothing logged yet.
crisis-add-entry = Add an entry
crisis-entry-save = Add to the timeline
crisis-correct = Correct
crisis-correct-save = Add the correction
crisis-correct-gone = The entry to correct is no longer there.
crisis-corrects = Corrects the entry of { $when }
crisis-corrected-by = Corrected by the entry of { $when }
crisis-change = Change
crisis-other-tool = another tool
crisis-changed-after = This entry was changed after it was written, by { $name } at { $when }.
crisis-removed = An entry written at { $written } was removed by { $name } at { $when }.
crisis-integrity = Tamper check
crisis-integrity-ok = { $count ->
    [one] The entry is as it was written.
   *[other] All { $count } entries are as they were written.
}
crisis-integrity-changed = { $count ->
    [one] 1 entry was changed after it was written.
   *[other] { $count } entries were changed after they were written.
}

## Closing
crisis-resolution = Resolution
crisis-close-intro = When the crisis is over, describe how it was resolved and close it. A closed crisis takes no new entries.
crisis-close = Close the crisis
crisis-closed-by = Closed by { $name }, { $when }
crisis-still-open = The crisis is still open.

## The report
crisis-report = Report
crisis-print = Print
crisis-download = Download Markdown
crisis-report-failed = The browser could not print or download the report.
crisis-report-summary = Summary
crisis-report-severity = Severity: { $severity }
crisis-report-status-open = Status: open
crisis-report-status-closed = Status: closed
crisis-report-entry = { $kind } — { $name }, { $when }
