# Handover — en: team

team-title = Team
team-nav = Team desk
team-nav-board = Board
team-nav-list = List
team-nav-members = Members
team-nav-new = New task

## Tasks
task-status-todo = To do
task-status-in-progress = In progress
task-status-blocked = Blocked
task-status-done = Done
priority-low = Low
priority-normal = Normal
priority-high = High
priority-urgent = Urgent
task-field-title = Title
task-field-description = Description
task-field-assignee = Assignee
task-field-due = Due date
task-field-priority = Priority
task-field-blocked-reason = Why is it blocked?
task-field-client = Client
task-field-comment = Comment
task-new-title = New task
task-unassigned = Unassigned
task-no-client = No client
task-client-gone = Removed client
task-due = Due { $day }
task-no-due = No due date
task-no-description = No description.
task-overdue = Overdue
task-stalled = Stalled
task-delete = Delete task
task-delete-confirm = Delete the task “{ $title }” and its comments?
task-not-found = This task does not exist. It may have been deleted on another device.
task-back = Back to the board

## Board
board-help = Drag a card to another column, or use its “Move to” list.
board-column-empty = No tasks here. Add one with “New task”, or move a card here.
list-shown = Showing { $shown } of { $total }
list-show-more = Show { $count } more
board-move-to = Move to
board-move-choose = Choose a column…
board-block = Mark as blocked
board-moved = “{ $title }” moved to { $status }.

## Task list
tasks-title = Tasks
tasks-filters = Filters
tasks-filter-everyone = Everyone
tasks-filter-all = All statuses
tasks-filter-any-client = Any client
tasks-filter-overdue = Overdue only
tasks-filter-stalled = Stalled only
tasks-empty = No tasks yet. Create the first one with “New task”.
tasks-no-match = No tasks match these filters.
tasks-count = { $count ->
    [one] { $count } task
   *[other] { $count } tasks
}

## Comments
comments-title = Comments
comments-empty = No comments yet. Ask a question or add a note here.
comments-add = Add comment
comment-by = { $name }, { $when }

## Members
members-title = Members
members-back = All members
members-workload = Workload
members-workload-help = Workload counts open tasks; the red part of a bar is overdue.
members-load = { $open } open · { $overdue } overdue
member-field-active = Active
member-active = Active
member-inactive = Inactive
member-active-label = Active member (can be given tasks)
member-role-locked = Only the CEO or the Operations Assistant can change roles.
member-not-found = This member does not exist.
member-open-tasks = Open tasks
member-no-tasks = No open tasks. Give them one with “New task” on the Team desk.
