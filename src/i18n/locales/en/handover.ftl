# Handover — en: handover

handover-title = Handover
handover-intro = Hand the business to the acting CEO while you are away, keep a log of decisions, and read what changed when you are back.
handover-leadership-only = Handovers are kept on the devices of the CEO and the Operations Assistant.
handover-none = No handover is running.
handover-banner = { $name } is acting CEO until { $until }
handover-banner-link = Open the handover
handover-emergency-badge = Emergency
handover-emergency-notice = Emergency handover: { $name } took over while you could not be reached.
handover-emergency-open = Read the handover
handover-start-title = Start a handover
handover-start-intro = Everyone's device will show who is acting until you are back. Only the CEO and the Operations Assistant see the details.
handover-start-submit = Start the handover
handover-emergency-title = Emergency handover
handover-emergency-intro = If the CEO cannot be reached, you can take over as acting CEO yourself. The CEO sees this first when they are back.
handover-emergency-begin = Start an emergency handover
handover-emergency-acting = { $name } will act as CEO.
handover-emergency-submit = Take over as acting CEO
handover-emergency-started = Started by { $name } on { $time }:
handover-field-reason = Why the CEO cannot be reached
handover-field-away-from = Away from
handover-field-expected-back = Expected back
handover-field-acting = Acting CEO
handover-field-acting-choose = Choose a person
handover-field-priorities = Priorities
handover-field-delegated = Decisions delegated
handover-field-do-not-touch = Things not to touch
handover-field-contacts = Contacts in an emergency
handover-already-running = A handover is already running. End it before starting a new one.
handover-no-ceo = There is no active CEO in the workspace to hand over for.
handover-summary = { $acting } is acting CEO for { $ceo }
handover-summary-ended = { $acting } acted as CEO for { $ceo }
handover-period = Away from { $from }, expected back { $back }
handover-not-given = Nothing noted.
handover-briefing-so-far = See what has changed so far
handover-acknowledge-text = This handover was started in an emergency while you could not be reached. Read it, then confirm.
handover-acknowledge = I have read this
handover-decisions-title = Decision log
handover-decisions-empty = No decisions logged yet. Log each decision taken while acting, with its reason, with “Log the decision”.
handover-decisions-count = { $count ->
    [one] 1 decision
   *[other] { $count } decisions
}
handover-decision-by = { $name }, { $time }
handover-field-decision = Decision
handover-field-decision-reason = Reason
handover-field-alternatives = Alternatives considered
handover-field-informed = Who was informed
handover-decision-submit = Log the decision
handover-end-title = End the handover
handover-end-intro = Welcome back. Write a short review of the acting period; the banner then disappears on every device.
handover-field-went-well = What went well
handover-field-to-change = What to change next time
handover-end-submit = End the handover
handover-ended-title = The handover has ended
handover-ended-text = Your return briefing lists everything that changed while you were away.
handover-read-briefing = Read the return briefing
handover-past-title = Past handovers
handover-past-empty = No handover has ended yet.
handover-review-title = Review
handover-review-by = Reviewed by { $name } on { $time }
handover-what-was-left = What was handed over

briefing-title = Return briefing
briefing-intro = Everything that changed in the records since the handover began, on every device, from the history itself.
briefing-preparing = Preparing the briefing…
briefing-back = Back to the handover
briefing-not-found = This handover is not on this device.
briefing-download = Download as Markdown
briefing-download-failed = The briefing could not be downloaded. Please try again.
briefing-period = { $acting } acted as CEO from { $from }, expected back { $back }.
briefing-total = { $count ->
    [one] 1 change since the handover began
   *[other] { $count } changes since the handover began
}
briefing-group = { $group } ({ $count })
briefing-group-empty = Nothing of this kind while you were away.
briefing-group-new-clients = New clients
briefing-group-interactions = Interactions logged
briefing-group-escalations = Escalations
briefing-group-tasks-completed = Tasks completed
briefing-group-crises = Crises and their timelines
briefing-group-decisions = Decisions taken
briefing-group-other = Other changes
briefing-kind-added = Added
briefing-kind-changed = Changed
briefing-kind-removed = Removed
briefing-subject-member = Member
briefing-subject-client = Client
briefing-subject-follow-up = Follow-up
briefing-subject-score = Satisfaction score
briefing-subject-checklist = Checklist
briefing-subject-task = Task
briefing-subject-announcement = Announcement
briefing-subject-settings = Settings
briefing-subject-handover = Handover
briefing-subject-meeting = Meeting
briefing-subject-document = Document
briefing-subject-request = Request
briefing-subject-message = Message
briefing-subject-improvement = Improvement
briefing-subject-conflict = Conflict
briefing-subject-observation = Performance note
briefing-subject-record = Record
briefing-by = { $name }, { $time }
briefing-someone = Someone outside Handover
briefing-overdue = { $count ->
    [one] 1 task overdue now
   *[other] { $count } tasks overdue now
}
briefing-overdue-task = { $title }, due { $due }

## Acting for the CEO: delegated invites and revocations
delegated-invite-decision = Invited { $name } as { $role }
delegated-revoke-decision = Revoked the access of { $name }
delegated-decision-reason = Done as acting CEO, under the CEO's delegation.
invite-acting-note = You are acting for the CEO: every invite and revocation you make here is written to the decision log for the CEO's review.
delegation-title = Emergency delegation
delegation-help = If you cannot be reached, the Operations Assistant can start an emergency handover. With a standing emergency delegation they can then also invite people and revoke access — only after declaring the emergency, and every use is logged for your review. You can withdraw it at any time.
delegation-sign = Let { $name } invite and revoke in an emergency
delegation-none = No emergency delegation is signed.
delegation-for = { $name } may invite and revoke in an emergency until { $until }.
delegation-withdrawn = Withdrawn
delegation-withdraw = Withdraw
delegation-withdraw-confirm = Withdraw the emergency delegation for { $name }? Invites they made under it stop working too.
delegation-no-device = { $name } has no verified device yet: they need to open the app once with their invite.
delegation-no-assistant = Invite an Operations Assistant first.
handover-delegation-unusable = Without a signed delegation for this device you can act for the CEO, but not invite or revoke anyone.
