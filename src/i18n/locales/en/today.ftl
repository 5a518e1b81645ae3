nav-today = Today
today-title = Today
today-due-title = Due today
today-reading = Reading today’s list…
today-filter-kind = Show
today-filter-all = Everything
today-due-count = { $count ->
    [one] 1 thing to do
   *[other] { $count } things to do
}
today-due-empty = Nothing is due today. New tasks, follow-ups, messages and meetings appear here on the day they fall due.
today-due-no-match = Nothing of this kind is due today.
today-overdue-count = { $count } overdue
today-due-today = Today
today-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
today-urgent = Urgent
due-kind-message = Message
due-kind-visitor = Visitor
due-kind-meeting = Meeting
due-kind-follow-up = Follow-up
due-kind-task = Task
due-kind-onboarding-step = Onboarding
due-kind-offboarding-step = Offboarding
due-kind-document-review = Document review
due-kind-reorder = Reorder
today-leadership-title = For leadership
today-escalations = { $count ->
    [0] No open escalations
    [one] 1 open escalation
   *[other] { $count } open escalations
}
today-crises = { $count ->
    [0] No open crisis
    [one] 1 open crisis
   *[other] { $count } open crises
}
today-conflicts = { $count ->
    [0] No open conflicts
    [one] 1 open conflict
   *[other] { $count } open conflicts
}
today-handover-acting = { $name } is acting as CEO until { $until }.
today-handover-none = No handover is running: the CEO is in.
today-handover-open = Open the handover
today-handover-start = Plan a handover
metrics-title = How we are doing
metrics-intro = The last twelve weeks, week by week.
metrics-week = Week of
metrics-satisfaction = Client satisfaction
metrics-satisfaction-explanation = The average satisfaction score recorded each week (1 to 5).
metrics-satisfaction-figure = { $average } on average from { $count ->
    [one] 1 score
   *[other] { $count } scores
}, { $trend }
metrics-trend-rising = rising
metrics-trend-falling = falling
metrics-trend-steady = steady
metrics-trend-unknown = too early for a trend
metrics-no-scores = No scores recorded in these weeks.
metrics-no-data = No data
metrics-average = Average
metrics-responsiveness = Responsiveness
metrics-responsiveness-explanation = Client questions and complaints answered each week, and how long clients waited (median).
metrics-responsiveness-figure = { $count } answered, clients waited { $median } (median)
metrics-responsiveness-week = { $count } answered, median { $median }
metrics-no-answers = No questions answered in these weeks.
metrics-answered = Answered
metrics-tasks = Tasks on time
metrics-tasks-explanation = Of the tasks with a due date finished each week, the share finished by that date.
metrics-steps = Onboarding and offboarding on time
metrics-steps-explanation = Of the client checklist steps completed each week, the share completed by their due date.
metrics-on-time-week = { $percent }% of { $total }
metrics-none-finished = Nothing with a due date was finished in these weeks.
metrics-on-time = On time
nav-goals = Goals and values
goals-title = Goals and values
goals-intro = What the business is working towards and how it works. Tasks and proposals can name the goal they serve; the acting CEO decides by them.
goals-goals = Goals
goals-values = Values
goals-archived = Set aside
goals-goals-empty = No goals yet. Leadership adds the few things the business is working towards, such as “Win five hotel clients”; tasks and proposals can then name the goal they serve.
goals-values-empty = No values yet. Leadership adds the values the team decides by, such as “Clients first”.
goals-empty-today = Leadership has not set goals yet. Set them under Goals and values, so the team's work can name the goal it serves.
goals-open = Goals and values
goals-add = Add
goals-archive = Set aside
goals-restore = Bring back
goals-none = No particular goal
goals-field-kind = Kind
goals-field-title = Title
goals-field-description = What it means
goals-field-serves = Serves goal
goals-field-decided-by = Decided by goal or value
goals-work = { $open } open, { $done } done
goal-kind-goal = Goal
goal-kind-value = Value
reminders-tab-title = ({ $count }) { $name }
reminders-turn-on = Turn on reminders
reminders-on = Reminders are on while the app is open.
reminders-blocked = This browser does not show reminders (blocked in its settings or not supported).
reminders-meeting = In 10 minutes: { $title }
reminders-urgent-message = Urgent message from { $title }
reminders-message = Message from { $title }
reminders-due = { $kind } due: { $title }
reminders-body = Open Handover to deal with it.
