# Handover — en: improve, requests, conflicts

improvements-title = Improve
requests-title = Requests
conflicts-title = Conflicts

## Requests

requests-intro = Log what comes in by e-mail, phone, in person or message. Each request is referred at once by the rule for its kind.
requests-log-title = Log a request
requests-log = Log request
request-field-from = From whom
request-field-channel = Came in by
request-field-kind = Kind
request-field-asked = What is asked
request-kind-email = E-mail
request-kind-calendar = Calendar
request-kind-client = Client
request-kind-supplies = Supplies
request-kind-facilities = Facilities
request-kind-other = Other
request-channel-email = E-mail
request-channel-phone = Phone
request-channel-in-person = In person
request-channel-message = Message
requests-open-title = Open requests
requests-filter-kind = Kind
requests-filter-all-kinds = All kinds
requests-filter-target = Referred to
requests-filter-all-targets = Anyone
requests-filter-unrouted = Not referred yet
requests-empty = No open requests. When someone asks for something, note it with “Log request”; a rule can refer it to the right person.
requests-no-match = No open requests match these filters.
requests-done-title = Done
requests-done-empty = No requests are done yet.
request-logged = By { $channel }, logged by { $name }, { $when }
request-referred-by-rule = Referred to { $to } by rule, { $when }
request-referred-by = Referred to { $to } by { $name }, { $when }
request-unrouted = Not referred yet: no rule covers this kind.
request-done-by = Done by { $name }, { $when }
request-mark-done = Mark done
request-refer = Refer
request-refer-elsewhere = Refer elsewhere
request-refer-save = Refer request
route-executive-assistant = the Executive Assistant
route-field-member = Refer to a member
route-member-none = Someone else (type a name)
route-field-name = Person or desk
route-field-name-placeholder = For example: Office manager

## Routing rules

rules-title = Routing rules
rules-intro = Where each kind of request goes. E-mail and calendar requests go to the Executive Assistant unless you set another rule.
rules-unrouted = No rule yet
rules-default = Default
rules-change = Change
rules-remove = Remove rule
rules-save = Save rule

## Improvements

improvements-intro = Bottlenecks you notice and proposals to remove them. The CEO or the Operations Assistant decides on each proposal.
improvements-raise-title = Propose an improvement
improvements-raise = Add proposal
improvements-list-title = Proposals
improvements-empty = No proposals yet. Describe a bottleneck and how to remove it.
improvement-field-problem = Problem or bottleneck
improvement-field-proposal = Proposal
improvement-field-effect = Expected effect
improvement-raised = Raised by { $name }, { $when }
improvement-decided = { $status } by { $name }, { $when }
improvement-approve = Approve
improvement-drop = Drop
improvement-implement = Mark implemented
improvement-leadership-decides = The CEO or the Operations Assistant decides on this proposal.
proposal-status-proposed = Proposed
proposal-status-approved = Approved
proposal-status-implemented = Implemented
proposal-status-dropped = Dropped

## Hints

hints-title = Hints from your records
hints-stall-title = Where tasks wait longest
hints-stall-explanation = For each status, how long open tasks have been in it since their status last changed: on average and the longest.
hints-stall-empty = No open tasks, so nothing is waiting.
hints-stall-item = { $count ->
    [one] 1 task, { $average } (longest { $longest })
   *[other] { $count } tasks, on average { $average } (longest { $longest })
}
hints-follow-ups-title = Clients waiting longest for a follow-up
hints-follow-ups-explanation = Clients whose planned follow-up day has passed with no call, e-mail, meeting or message since, the longest overdue first.
hints-follow-ups-empty = No follow-ups are overdue.
hints-follow-ups-item = { $days ->
    [one] 1 day overdue (due { $due })
   *[other] { $days } days overdue (due { $due })
}
hints-unknown-client = Unknown client
hints-late-steps-title = Onboarding steps most often late
hints-late-steps-explanation = Onboarding steps completed after their due day, or still open past it, counted per step.
hints-late-steps-empty = No onboarding step has been late.
hints-late-steps-item = { $count ->
    [one] late once
   *[other] late { $count } times
} ({ $done } completed late, { $open } overdue now)

## Conflicts

conflicts-intro = Disagreements between team members or with clients: mediation notes, escalation to the CEO, and how each was resolved.
conflicts-leadership-only = Conflict cases are kept for the CEO and the Operations Assistant only.
conflicts-open = Open a case
conflicts-open-save = Open case
conflicts-empty = No conflict cases. When a disagreement with a client or between colleagues needs following up, choose “Open a case”.
conflicts-back = All conflict cases
conflict-title = Conflict case
conflict-not-found = This case does not exist. It may have been removed on another device.
conflict-field-parties = Parties
conflict-field-description = What happened
conflict-party-choose = Choose a member or client
conflict-party-members = Team members
conflict-party-clients = Clients
conflict-party-add = Add party
conflict-party-remove = Remove { $name }
party-kind-member = Team member
party-kind-client = Client
conflict-parties = Parties: { $names }
conflict-opened = Opened by { $name }, { $when }
conflict-note-count = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
conflict-open = Open
conflict-resolved = Resolved
conflict-escalated = Escalated to the CEO
conflict-escalate = Escalate to the CEO
conflict-escalated-by = Escalated to the CEO by { $name }, { $when }
conflict-notes-title = Mediation notes
conflict-notes-empty = No notes yet. Add a note after each conversation or step towards a solution.
conflict-field-note = Note
conflict-add-note = Add note
conflict-note-by = { $name }, { $when }
conflict-resolution-title = Resolution
conflict-field-resolution = How it was resolved
conflict-resolve = Resolve case
conflict-resolved-by = Resolved by { $name }, { $when }
