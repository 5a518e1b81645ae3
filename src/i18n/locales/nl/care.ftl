# Handover — nl: care

follow-ups-title = Opvolging

cadence-daily = Dagelijkse update
cadence-weekly = Wekelijkse update
cadence-monday = Het maandagbericht
cadence-custom = Eigen interval

care-span-minutes = { $minutes } min
care-span-hours = { $hours } u { $minutes } min
care-span-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagen
} { $hours } u

care-due-today = Vandaag
care-overdue = { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
care-upcoming = { $days ->
    [one] morgen
   *[other] over { $days } dagen
}

care-nobody = Niemand in het bijzonder
care-plan-title = Opvolgplan
care-plan-none = Nog geen opvolgplan. Stel er een in, zodat deze klant regelmatig van je hoort.
care-plan-set = Plan instellen
care-plan-change = Plan wijzigen
care-plan-remove = Plan verwijderen
care-plan-save = Plan opslaan
care-plan-summary = { $cadence } · { $channel } · verantwoordelijk: { $name }
care-every-days = { $days ->
    [one] Elke dag
   *[other] Elke { $days } dagen
}
care-next-due = Volgende opvolging: { $day } ({ $state })
care-field-cadence = Hoe vaak
care-field-every-days = Om de hoeveel dagen
care-field-channel = Kanaal
care-field-responsible = Verantwoordelijk
care-field-starts-on = Vanaf

care-response-average = Gemiddelde reactietijd op vragen en klachten van deze klant: { $time }
care-response-overall = Gemiddelde reactietijd op vragen en klachten: { $time }
care-response-none = Nog geen vragen of klachten beantwoord.

care-open = Open
care-answer = Beantwoorden
care-answer-save = Antwoord opslaan
care-field-answer = Antwoord
care-field-answered-at = Beantwoord op
care-answered = Beantwoord door { $name } na { $time }

care-satisfaction-title = Tevredenheid
care-at-risk = Risico
care-trend-label = Scores van oud naar nieuw: { $scores }
care-score-average = Gemiddeld { $average } uit { $count ->
    [one] 1 score
   *[other] { $count } scores
}
care-scores-none = Nog geen scores. Vraag na een gesprek of een levering hoe tevreden de klant is en leg de score hier vast.
care-field-score = Score (1–5)
care-field-touchpoint = Over
care-touchpoint-none = Geen specifiek contact
care-touchpoint = { $kind }, { $when }: { $summary }
care-field-comment = Opmerking
care-score-record = Score vastleggen
care-risk-drop = Het gemiddelde van de laatste scores daalde van { $before } naar { $recent }.
care-risk-complaint = { $days ->
    [0] Heeft vandaag geklaagd.
    [one] Heeft gisteren geklaagd.
   *[other] Heeft { $days } dagen geleden geklaagd.
}

care-due-title = Vandaag en te laat
care-due-empty = Vandaag staat er niets open. Alle klanten hebben van je gehoord.
care-due-details = { $channel } · verantwoordelijk: { $name } · gepland op { $day }
care-log-follow-up = Opvolging vastleggen
care-log-follow-up-for = Opvolging vastleggen voor { $name }
care-log-save = Vastleggen
care-open-title = Openstaande vragen en klachten
care-open-empty = Geen openstaande vragen of klachten.
care-waiting = Gesteld op { $when } · wacht al { $time }
care-at-risk-title = Klanten met risico
care-at-risk-empty = Geen enkele klant loopt risico.

care-thresholds-title = Drempelwaarden
care-thresholds-intro = Wanneer een klant risico loopt en wanneer een taak stilstaat. Ze gelden voor de hele werkruimte.
care-field-risk-window = Aantal scores dat wordt vergeleken
care-field-risk-drop = Daling van het gemiddelde die een klant markeert
care-field-complaint-days = Dagen dat een klacht een klant als risico markeert
care-field-stalled-days = Dagen zonder wijziging voordat een taak stilstaat
care-thresholds-save = Drempelwaarden opslaan
care-thresholds-saved = Drempelwaarden opgeslagen.
care-scores-all = Alle vastgelegde scores
care-score-when = Wanneer
care-score-value = Score
care-score-by = Vastgelegd door
