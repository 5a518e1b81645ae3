# Handover — en: care

follow-ups-title = Follow-ups

cadence-daily = Daily update
cadence-weekly = Weekly update
cadence-monday = The Monday message
cadence-custom = Custom interval

care-span-minutes = { $minutes } min
care-span-hours = { $hours } h { $minutes } min
care-span-days = { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours } h

care-due-today = Due today
care-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
care-upcoming = { $days ->
    [one] tomorrow
   *[other] in { $days } days
}

care-nobody = Nobody in particular
care-plan-title = Follow-up plan
care-plan-none = No follow-up plan yet. Set one so this client hears from you regularly.
care-plan-set = Set plan
care-plan-change = Change plan
care-plan-remove = Remove plan
care-plan-save = Save plan
care-plan-summary = { $cadence } · { $channel } · responsible: { $name }
care-every-days = { $days ->
    [one] Every day
   *[other] Every { $days } days
}
care-next-due = Next follow-up: { $day } ({ $state })
care-field-cadence = How often
care-field-every-days = Every how many days
care-field-channel = Channel
care-field-responsible = Responsible
care-field-starts-on = Starting on

care-response-average = Average response time to this client's questions and complaints: { $time }
care-response-overall = Average response time to questions and complaints: { $time }
care-response-none = No questions or complaints answered yet.

care-open = Open
care-answer = Answer
care-answer-save = Save answer
care-field-answer = Answer
care-field-answered-at = Answered at
care-answered = Answered by { $name } after { $time }

care-satisfaction-title = Satisfaction
care-at-risk = At risk
care-trend-label = Scores from oldest to newest: { $scores }
care-score-average = Average { $average } from { $count ->
    [one] 1 score
   *[other] { $count } scores
}
care-scores-none = No scores yet. After a call or a delivery, ask how satisfied the client is and record the score here.
care-field-score = Score (1–5)
care-field-touchpoint = About
care-touchpoint-none = No particular contact
care-touchpoint = { $kind }, { $when }: { $summary }
care-field-comment = Comment
care-score-record = Record score
care-risk-drop = The average of the latest scores fell from { $before } to { $recent }.
care-risk-complaint = { $days ->
    [0] Complained today.
    [one] Complained yesterday.
   *[other] Complained { $days } days ago.
}

care-due-title = Due and overdue
care-due-empty = Nothing is due today. Every client has heard from you.
care-due-details = { $channel } · responsible: { $name } · due { $day }
care-log-follow-up = Log follow-up
care-log-follow-up-for = Log follow-up with { $name }
care-log-save = Log it
care-open-title = Open questions and complaints
care-open-empty = No open questions or complaints.
care-waiting = Asked { $when } · waiting { $time }
care-at-risk-title = Clients at risk
care-at-risk-empty = No client is at risk.

care-thresholds-title = Thresholds
care-thresholds-intro = When a client counts as at risk, and when a task counts as stalled. They apply to the whole workspace.
care-field-risk-window = Scores compared
care-field-risk-drop = Drop in average that flags a client
care-field-complaint-days = Days a complaint keeps a client at risk
care-field-stalled-days = Days without change before a task is stalled
care-thresholds-save = Save thresholds
care-thresholds-saved = Thresholds saved.
care-scores-all = Every score recorded
care-score-when = When
care-score-value = Score
care-score-by = Recorded by
