# Office: people without a device, departments, the message log
nav-group-office = Office
nav-messages = Messages
person-add-title = Add a person
person-add-help = Add someone who works here, with or without a device of their own: they can be assigned tasks and sent messages at once, and invited to use the app later.
person-add = Add person
field-department = Department
department-none = No department
departments-title = Departments
departments-empty = No departments yet. Add one to route messages to a whole team, such as Finance or Reception.
departments-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
department-name = New department
department-add = Add department
member-no-device = Not using the app on a device yet. Invite them from Settings → Sync when they need it.
invite-person = For
invite-new-person = A new person
messages-title = Messages
messages-intro = Phone calls, e-mails and notes taken for a colleague or a department.
messages-take = Take a message
messages-show = Show
messages-shown-mine = For me
messages-shown-open = All open
messages-shown-done = Done
messages-for-filter = Open messages for { $name }
messages-found-one = Showing one message found with search.
messages-clear-filter = Show all
messages-count = { $count ->
    [one] 1 message
   *[other] { $count } messages
}
messages-empty = No messages yet. When someone calls or stops by for a colleague, choose “Take a message”.
messages-none-shown = Nothing here. Choose “All open” to see everyone’s messages.
messages-department = { $name } (department)
messages-urgent-banner = { $count ->
    [one] 1 urgent message is waiting for you.
   *[other] { $count } urgent messages are waiting for you.
}
messages-by-recipient = Open messages by person
messages-none-open = No open messages.
messages-open-for-you = { $count ->
    [one] 1 open message for you
   *[other] { $count } open messages for you
}
messages-for = for { $name }
messages-taken = { $when } · taken by { $by } · { $channel }
messages-call-back = Call back:
messages-done-by = Done by { $by } on { $when }
messages-mark-done = Done
messages-field-from = From
messages-field-organisation = Company
messages-field-for = For
messages-choose-recipient = Choose a person or department
messages-field-channel = Came in by
messages-field-urgency = Urgency
messages-field-body = Message
messages-field-call-back = Call-back number
messages-save = Save message
message-channel-phone = Phone
message-channel-email = E-mail
message-channel-in-person = In person
message-channel-note = Note
message-urgency-normal = Normal
message-urgency-urgent = Urgent
