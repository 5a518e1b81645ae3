# Office: meetings
nav-meetings = Meetings
error-invalid-time = Please enter a time, such as 09:30.
meetings-nav = Meetings desk
meetings-nav-calendar = Calendar
meetings-nav-new = New meeting
meetings-title = Meetings
meetings-views = Show meetings as
meetings-view-upcoming = Upcoming
meetings-view-day = Day
meetings-view-week = Week
meetings-previous = Previous
meetings-today = Today
meetings-next = Next
meetings-empty = No meetings yet. Plan the first one with “New meeting”: a time, a place and who comes.
meetings-upcoming-count = { $count ->
    [one] 1 upcoming meeting
   *[other] { $count } upcoming meetings
}
meetings-none-upcoming = No meetings coming up. Plan one with “New meeting”, or look back in the day and week views.
meetings-none-this-day = No meetings. Plan one with “New meeting”.
meeting-attendee-count = { $count ->
    [0] no attendees
    [one] 1 attendee
   *[other] { $count } attendees
}
meeting-attendee-gone = (no longer in the workspace)
meeting-new-title = New meeting
meeting-field-title = Title
meeting-field-day = Date
meeting-field-time = Start time
meeting-field-duration = Duration (minutes)
meeting-field-place = Place or video link
meeting-place-hint = Meeting room, address or https://… link
meeting-field-attendees = Attendees
meeting-no-attendees = Nobody invited yet. Choose people below.
meeting-field-add-attendee = Add attendee
meeting-choose-attendee = Choose a member or client contact…
meeting-remove-attendee = Remove { $name }
meeting-field-agenda = Agenda (one item per line)
meeting-agenda = Agenda
meeting-no-agenda = No agenda yet. Edit the meeting to add items.
meeting-clash-title = Double booking: not saved yet.
meeting-clash = { $name } already has “{ $meeting }” at { $at }.
meeting-clash-change = Change the meeting
meeting-clash-save-anyway = Save anyway
meeting-not-found = This meeting does not exist (any more).
meeting-back = Back to meetings
meeting-delete = Delete meeting
meeting-delete-confirm = Delete the meeting “{ $title }”? Its follow-up tasks stay on the board.
meeting-download-ics = Download .ics
meeting-download-failed = The calendar file could not be made on this browser.
meeting-no-place = No place given
meeting-minutes = Minutes
meeting-field-minutes = What was discussed and decided
meeting-save-minutes = Save minutes
meeting-minutes-saved = Minutes saved.
meeting-follow-ups = Follow-up tasks
meeting-no-follow-ups = No follow-up tasks yet. Add one for each action in the minutes; it goes straight onto the Team board.
meeting-follow-up-title = New follow-up task
meeting-add-follow-up = Add follow-up task
meeting-follow-up-from = Follow-up from the meeting “{ $meeting }”.
meeting-follow-up-gone = (task deleted)
