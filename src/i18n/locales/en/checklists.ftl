# Handover — en: checklists

## Kinds
checklist-kind-onboarding = Onboarding
checklist-kind-offboarding = Offboarding

## The onboarding desk
onboarding-title = Onboarding and offboarding
onboarding-in-progress = In progress
onboarding-empty = No checklists in progress. Start onboarding or offboarding from a client's page.
onboarding-completed = { $count ->
    [one] One completed checklist
   *[other] { $count } completed checklists
}
onboarding-col-client = Client
onboarding-col-progress = Progress
onboarding-col-next = Next step
onboarding-col-overdue = Overdue steps
onboarding-next-due = { $title } (due { $day })
clients-col-progress = Checklist

## A client's checklists
checklists-title = Onboarding and offboarding
checklists-empty = No onboarding or offboarding for this client yet. Choose “Start onboarding” when the client signs up.
checklists-start-onboarding = Start onboarding
checklists-start-offboarding = Start offboarding
checklists-choose-template = Which template?
checklists-start = Start
checklists-no-steps = The templates of this kind have no steps yet. Add steps under Checklist templates first.
checklists-start-failed = The checklist could not be started. Please try again.
checklist-progress = { $done } of { $total } done
checklist-started = Started by { $name } on { $when }
checklist-step-due = Due { $day }
checklist-step-overdue = Overdue: was due { $day }
checklist-step-done-by = Done by { $name } on { $when }
checklist-step-owner = Owner of “{ $title }”
checklist-step-save-failed = This change could not be saved. The step may have been removed on another device.
checklist-remove = Remove checklist
checklist-remove-confirm = Remove the checklist “{ $name }”? Its ticks are lost, and the client shows its saved status again.

## Templates
templates-title = Checklist templates
templates-back = Back to onboarding
templates-new = New template
templates-create = Create template
templates-onboarding = Onboarding templates
templates-offboarding = Offboarding templates
templates-none = There is no template of this kind yet. Start with the default one and adjust it to your business.
templates-add-defaults = Add the default template
templates-rename = Rename
templates-delete = Delete template
templates-delete-confirm = Delete the template “{ $name }”? Checklists already started from it stay as they are.
templates-updated = Last changed by { $name } on { $when }
templates-steps-empty = This template has no steps yet. Add the first one.
templates-add-step = Add step
templates-step-day = { $days ->
    [0] Due on the first day
   *[other] Due on day { $days }
}
templates-step-no-day = No due date
templates-move-up = Move up
templates-move-down = Move down
field-template-name = Template name
field-step-title = Step
field-step-offset = Due after (days from the start)
field-step-offset-placeholder = Leave empty for no due date
field-step-owner = Done by default by

## The default templates
default-onboarding-name = Standard onboarding
default-onboarding-welcome-call = Welcome call with the client
default-onboarding-contract-signed = Contract signed and filed
default-onboarding-accounts = Access and accounts set up
default-onboarding-kick-off = Kick-off meeting
default-onboarding-first-check-in = First check-in after two weeks
default-onboarding-satisfaction = Ask how satisfied the client is after the first month
default-offboarding-name = Standard offboarding
default-offboarding-exit-conversation = Exit conversation with the client
default-offboarding-final-invoice = Final invoice sent
default-offboarding-revoke-access = Access and accounts revoked
default-offboarding-hand-back-documents = Documents and materials handed back
default-offboarding-feedback = Feedback and satisfaction asked
default-offboarding-archive = Records archived
