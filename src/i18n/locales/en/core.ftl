# Handover — English

app-name = Handover
app-tagline = The operations desk that keeps working when you are away.

## Shell
nav-group-clients = Client care
nav-group-team = Team
nav-group-leadership = Leadership
nav-group-device = This device
nav-main = Main navigation
skip-to-content = Skip to content
nav-follow-ups = Follow-ups
nav-onboarding = Onboarding
nav-team = Team
nav-announcements = Announcements
nav-escalations = Escalations
nav-crisis = Crisis
nav-handover = Handover
nav-improve = Improve
nav-requests = Requests
nav-conflicts = Conflicts
nav-clients = Clients
nav-settings = Settings
shell-user = { $name } · { $role }
language-label = Language
loading = Opening your records…

## Storage state
storage-saved = All changes saved on this device
storage-saving = Saving…
storage-failed = Not saved yet: { $reason }. Your changes are kept in this tab and saving is retried.
storage-quarantined = { $count ->
    [one] One piece of stored data was damaged and has been set aside. Everything else loaded.
   *[other] { $count } pieces of stored data were damaged and have been set aside. Everything else loaded.
}
storage-unavailable-title = This browser will not let Handover keep data
storage-unavailable = Handover stores your records in this browser. It could not open its storage: { $reason }. Private windows and some privacy settings block it; open Handover in a normal window.
storage-too-new = This workspace was updated by a newer version of Handover. Reload the page to get the newest version.

## First run
first-run-title = Welcome to Handover
first-run-intro = Handover keeps your clients, team and daily operations in one place. Everything is stored on this device and works without internet.
first-run-start = Start a workspace
first-run-start-help = For the person setting Handover up for the business, usually the CEO.
first-run-join = Join with an invite
first-run-join-help = Invites come from the owner of your workspace, usually the CEO. Ask them to send you one; opening it on this device joins you to the workspace with the right records.
first-run-who = Who is using this device?
first-run-create = Create workspace
first-run-back = Back

## Fields
field-your-name = Your name
field-role = Role
field-name = Name
field-company = Company
field-status = Status
field-owner = Owner
field-owner-none = No owner yet
field-notes = Notes
field-contact-role = Job title
field-email = E-mail
field-phone = Phone
field-kind = Kind
field-when = When
field-summary = Summary
field-outcome = Outcome

## Roles
role-ceo = CEO
role-operations-assistant = Operations Assistant
role-team-member = Team member

## Actions
action-save = Save
action-cancel = Cancel
action-edit = Edit
action-remove = Remove
action-dismiss = Dismiss
action-add = Add

## Validation
error-required = Please fill this in.
error-too-long = Please use at most { $max } characters.
error-invalid-email = This does not look like an e-mail address.
error-invalid-phone = Use digits, spaces and + - ( ) only.
error-unknown-record = This no longer exists; it may have been removed on another device.
error-invalid-address = Handover cannot connect to this address. Use one like relay.example.com or 127.0.0.1:3030.
error-not-a-positive-number = Enter a whole number from 1 to 999.
error-score-out-of-range = Choose a score from 1 to 5.
error-drop-out-of-range = Enter a drop from 0.1 to 4.0, for example 1.0.
error-answer-before-question = The answer cannot be earlier than the question or complaint it answers.
error-already-done = This step has already been taken, perhaps on another device. The page shows the current state.
error-invalid-day = Please enter a date.
error-not-allowed = Only the CEO or the Operations Assistant can change this.
error-days-out-of-range = Enter a whole number of days from 0 to 365.
error-closed = This is closed and takes no more entries. It may have been closed on another device.
error-end-before-start = This date cannot be before the start date.
error-number-out-of-range = Enter a whole number from { $min } to { $max }.
error-more-than-in-stock = There are not that many in stock.
error-form = Please correct the marked fields. Nothing was saved.
error-save = Could not save: { $reason }

## Clients
clients-title = Clients
clients-new = New client
clients-search = Search
clients-search-placeholder = Name, company, contact or e-mail
clients-filter-status = Status
clients-filter-all = All statuses
clients-empty = No clients yet. Add your first client with “New client”, or bring in a list from another tool under “Import”.
clients-no-match = No clients match your search.
clients-count = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
clients-col-contacts = Contacts
clients-back = All clients
client-status-prospect = Prospect
client-status-onboarding = Onboarding
client-status-active = Active
client-status-offboarding = Offboarding
client-status-former = Former client
client-new-title = New client
client-edit-title = Edit { $name }
client-not-found = This client does not exist. It may have been removed on another device.
client-created = Added { $name }.
client-no-notes = No notes.
client-owner = Owner: { $name }
member-unknown = Unknown member

## Contacts
contacts-title = Contacts
contacts-empty = No contacts yet. Add the people you deal with at this client with “Add contact”.
contacts-add = Add contact
contacts-remove-confirm = Remove { $name } from the contacts?

## Interactions
interactions-title = Interactions
interactions-empty = Nothing logged yet. Log each call, e-mail or visit with “Log interaction”, so that anyone can pick up where you left off.
interactions-log = Log interaction
interaction-by = { $name }, { $when }
interaction-kind-call = Call
interaction-kind-email = E-mail
interaction-kind-meeting = Meeting
interaction-kind-message = Message
interaction-kind-complaint = Complaint
interaction-kind-question = Question

## Settings
settings-title = Settings
settings-device = This device
settings-device-user = Used by { $name } ({ $role }).
settings-documents = Documents on this device
settings-document-team = Team records
settings-document-leadership = Leadership records
settings-storage = Storage
settings-quarantine-empty = No damaged data has been found.
settings-quarantine-title = Data set aside
settings-quarantine-help = These stored pieces could not be read and were set aside instead of being deleted, so nothing is thrown away.

## Sync
sync-local = Only on this device
sync-offline = Offline: changes are kept here and sent when the relay is reachable
sync-connecting = Connecting to the relay…
sync-syncing = Syncing…
sync-synced = Synced at { $time }
sync-refused = The relay refused this device ({ $reason }).
sync-pending = { $count ->
    [one] { $count } change not yet on the relay
   *[other] { $count } changes not yet on the relay
}
sync-title = Sync with other devices
sync-help = Devices sync through a relay, which keeps the records so that devices that are never online at the same time still meet. Leadership records only ever reach the CEO and the Operations Assistant.
sync-relay = Relay address
sync-relay-placeholder = relay.example.com or 127.0.0.1:3030
sync-connect = Save and connect
sync-open-server = This is a standard automerge-repo sync server (it takes no invites)
sync-open-server-warning = Whoever runs that server can read every document it is given. Handover therefore syncs only the team records with it; leadership records stay on the devices of the CEO and the Operations Assistant.
sync-key-title = Workspace key
sync-key-help = Start the relay with this key (handover-relay --workspace-key=…), then enter its address below. It lets the relay check invites; it cannot be used to make them.
sync-key-failed = The workspace key could not be read or stored on this device.
invite-title = Invite someone
invite-help = An invite lets one device join this workspace. The Operations Assistant gets every record; team members never get leadership records.
invite-create = Create invite
invite-code = Invite code: send it, or the link below, to the person you invite.
invite-link = Invite link
invite-error-malformed = This is not a complete invite code. Ask for a new invite, and copy all of it.
invite-error-relay = The relay address in this invite is not valid. Ask for a new invite.
join-code = Invite code or link
join-submit = Join workspace

# Trust: device keys, invites and revocation
error-unreachable = No Handover relay answered at this address. Check that the relay runs and the address is right; for a standard automerge-repo sync server, tick the box below.
error-duplicate = This name is already taken. Choose another one.
invite-error-tampered = This invite was changed after it was made, so it cannot be used. Ask for a new invite.
invite-error-expired = This invite has expired. Ask for a new one.
sync-refused-revoked = This device's access was revoked by the workspace owner. It keeps what it has but no longer syncs.
sync-refused-expired = This device's access has expired. Ask the CEO for a new invite and enter it in Settings.
sync-refused-wrong-relay = The server at this address is not the relay named in your invite, so nothing was sent to it.
sync-refused-redeemed-elsewhere = This invite was already used on another device. Ask for a new invite.
sync-refused-device-key = This browser could not use the device key. Open the app over https.
sync-relay-key = The relay's key:
invite-list-title = Invites and devices
invite-list-empty = No invites made yet. Create one with “Create invite” for each colleague who should use the app on their own device.
invite-revoke = Revoke
invite-revoked = Revoked
invite-delegated = Made by the acting CEO
invite-revoke-confirm = Revoke the access of { $name }? Their devices stop syncing within seconds.
invite-list-failed = The list of invites could not be read.
trust-reverify-title = Re-verify this device
trust-missing = This device was set up before devices had keys of their own, so it cannot show leadership records or sync until it is verified again.
trust-expired = This device's access has expired.
trust-invalid = This device's access could not be verified.
trust-refused = The relay no longer accepts this device.
trust-reverify-help = Ask the CEO for a new invite for you (Settings → Invites) and paste it here. Everything stored on this device is kept.
trust-reverify-submit = Verify this device
invite-renew = New invite for this person
author-unknown-device = Author not verified: no device of the workspace wrote this.
author-not-claimed = Author not verified: written on another member's device.
