# Handover — sv: care

follow-ups-title = Uppföljning

cadence-daily = Daglig uppdatering
cadence-weekly = Veckouppdatering
cadence-monday = Måndagsmeddelandet
cadence-custom = Eget intervall

care-span-minutes = { $minutes } min
care-span-hours = { $hours } tim { $minutes } min
care-span-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} { $hours } tim

care-due-today = I dag
care-overdue = { $days ->
    [one] 1 dag försenad
   *[other] { $days } dagar försenad
}
care-upcoming = { $days ->
    [one] i morgon
   *[other] om { $days } dagar
}

care-nobody = Ingen särskild
care-plan-title = Uppföljningsplan
care-plan-none = Ingen uppföljningsplan än. Lägg upp en så att kunden hör av er regelbundet.
care-plan-set = Lägg upp plan
care-plan-change = Ändra plan
care-plan-remove = Ta bort plan
care-plan-save = Spara plan
care-plan-summary = { $cadence } · { $channel } · ansvarig: { $name }
care-every-days = { $days ->
    [one] Varje dag
   *[other] Var { $days }:e dag
}
care-next-due = Nästa uppföljning: { $day } ({ $state })
care-field-cadence = Hur ofta
care-field-every-days = Med hur många dagars mellanrum
care-field-channel = Kanal
care-field-responsible = Ansvarig
care-field-starts-on = Från och med

care-response-average = Genomsnittlig svarstid på kundens frågor och klagomål: { $time }
care-response-overall = Genomsnittlig svarstid på frågor och klagomål: { $time }
care-response-none = Inga frågor eller klagomål har besvarats än.

care-open = Öppen
care-answer = Svara
care-answer-save = Spara svar
care-field-answer = Svar
care-field-answered-at = Besvarad
care-answered = Besvarad av { $name } efter { $time }

care-satisfaction-title = Nöjdhet
care-at-risk = I riskzonen
care-trend-label = Betyg från äldst till nyast: { $scores }
care-score-average = Snitt { $average } av { $count ->
    [one] 1 betyg
   *[other] { $count } betyg
}
care-scores-none = Inga betyg än. Fråga efter ett samtal eller en leverans hur nöjd kunden är och registrera betyget här.
care-field-score = Betyg (1–5)
care-field-touchpoint = Gäller
care-touchpoint-none = Ingen särskild kontakt
care-touchpoint = { $kind }, { $when }: { $summary }
care-field-comment = Kommentar
care-score-record = Registrera betyg
care-risk-drop = Snittet för de senaste betygen sjönk från { $before } till { $recent }.
care-risk-complaint = { $days ->
    [0] Klagade i dag.
    [one] Klagade i går.
   *[other] Klagade för { $days } dagar sedan.
}

care-due-title = I dag och försenade
care-due-empty = Inget att göra i dag. Alla kunder har hört av er.
care-due-details = { $channel } · ansvarig: { $name } · planerad { $day }
care-log-follow-up = Registrera uppföljning
care-log-follow-up-for = Registrera uppföljning med { $name }
care-log-save = Registrera
care-open-title = Öppna frågor och klagomål
care-open-empty = Inga öppna frågor eller klagomål.
care-waiting = Inkom { $when } · har väntat { $time }
care-at-risk-title = Kunder i riskzonen
care-at-risk-empty = Ingen kund är i riskzonen.

care-thresholds-title = Gränsvärden
care-thresholds-intro = När en kund räknas som i riskzonen och när en uppgift räknas som stillastående. De gäller hela arbetsytan.
care-field-risk-window = Antal betyg som jämförs
care-field-risk-drop = Nedgång i snittet som flaggar en kund
care-field-complaint-days = Dagar som ett klagomål håller kunden i riskzonen
care-field-stalled-days = Dagar utan ändring innan en uppgift är stillastående
care-thresholds-save = Spara gränsvärden
care-thresholds-saved = Gränsvärdena har sparats.
care-scores-all = Alla registrerade betyg
care-score-when = När
care-score-value = Betyg
care-score-by = Registrerat av
