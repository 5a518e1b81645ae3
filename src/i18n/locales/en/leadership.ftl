# Handover — en: leadership

## Escalations
escalations-title = Escalations
escalations-intro = Concerns about a client or the team, raised to the CEO and the Operations Assistant.
escalations-leadership-only = Escalations are kept on the devices of the CEO and the Operations Assistant only.
escalations-raise-title = Raise an escalation
escalations-escalate = Escalate
escalations-group = { $status } ({ $count })
escalations-group-empty = None.
escalations-open-empty = No open escalations. When a client concern needs leadership, choose “Raise an escalation”, or escalate from the client’s page.
escalations-client-empty = No escalations about this client.
escalations-client-gone = A removed client
escalations-team-matter = Team matter
escalations-field-client = About
escalations-field-urgency = Urgency
escalations-field-details = Details
escalations-acknowledge = Acknowledge
escalations-resolve = Resolve
escalations-step-raised = Raised by { $name }, { $when }
escalations-step-acknowledged = Acknowledged by { $name }, { $when }
escalations-step-resolved = Resolved by { $name }, { $when }
escalation-status-open = Open
escalation-status-acknowledged = Acknowledged
escalation-status-resolved = Resolved
urgency-low = Low
urgency-normal = Normal
urgency-high = High
urgency-critical = Critical

## Announcements
announcements-title = Announcements
announcements-unread = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
announcements-all-read = All read
announcements-empty = No announcements yet. Leadership posts news for the whole team here with “New announcement”, and sees who has read it.
announcements-compose-title = New announcement
announcements-field-title = Title
announcements-field-body = Message
announcements-post = Post announcement
announcements-posted = { $name }, { $when }
announcements-ack = I have read this
announcements-you-read = You read this on { $when }.
announcements-read-count = { $read } of { $total } have read this
announcements-read-by = Read
announcements-not-yet = Not yet
announcements-reader = { $name }, { $when }
announcements-nobody-yet = Nobody yet.
announcements-everyone-read = Everyone has read it.

## Performance observations
observations-title = Performance observations
observations-private = Private
observations-help = Only the CEO and the Operations Assistant see these notes.
observations-empty = No observations yet. Note what you see in this person’s work, good or worrying, with “Add observation”, so that a review rests on facts.
observations-field-day = Day
observations-field-note = Note
observations-add = Add observation
observations-by = { $name }, about { $day }
observations-remove-confirm = Remove this observation? This cannot be undone.
observation-kind-positive = Positive
observation-kind-concern = Concern
