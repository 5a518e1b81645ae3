nav-today = Vandaag
today-title = Vandaag
today-due-title = Vandaag te doen
today-reading = De lijst van vandaag wordt gelezen…
today-filter-kind = Toon
today-filter-all = Alles
today-due-count = { $count ->
    [one] 1 ding te doen
   *[other] { $count } dingen te doen
}
today-due-empty = Vandaag staat er niets open. Nieuwe taken, opvolgingen, berichten en afspraken verschijnen hier op de dag dat ze aan de beurt zijn.
today-due-no-match = Van deze soort staat vandaag niets open.
today-overdue-count = { $count } te laat
today-due-today = Vandaag
today-overdue = { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
today-urgent = Dringend
due-kind-message = Bericht
due-kind-visitor = Bezoeker
due-kind-meeting = Vergadering
due-kind-follow-up = Opvolging
due-kind-task = Taak
due-kind-onboarding-step = Onboarding
due-kind-offboarding-step = Offboarding
due-kind-document-review = Documentcontrole
due-kind-reorder = Bijbestellen
today-leadership-title = Voor de leiding
today-escalations = { $count ->
    [0] Geen open escalaties
    [one] 1 open escalatie
   *[other] { $count } open escalaties
}
today-crises = { $count ->
    [0] Geen open crisis
    [one] 1 open crisis
   *[other] { $count } open crises
}
today-conflicts = { $count ->
    [0] Geen open conflicten
    [one] 1 open conflict
   *[other] { $count } open conflicten
}
today-handover-acting = { $name } is waarnemend CEO tot { $until }.
today-handover-none = Er loopt geen overdracht: de CEO is er.
today-handover-open = Open de overdracht
today-handover-start = Plan een overdracht
metrics-title = Hoe we ervoor staan
metrics-intro = De laatste twaalf weken, week voor week.
metrics-week = Week van
metrics-satisfaction = Klanttevredenheid
metrics-satisfaction-explanation = De gemiddelde tevredenheidsscore per week (1 tot 5).
metrics-satisfaction-figure = Gemiddeld { $average } uit { $count ->
    [one] 1 score
   *[other] { $count } scores
}, { $trend }
metrics-trend-rising = stijgend
metrics-trend-falling = dalend
metrics-trend-steady = stabiel
metrics-trend-unknown = nog te vroeg voor een trend
metrics-no-scores = In deze weken zijn geen scores vastgelegd.
metrics-no-data = Geen gegevens
metrics-average = Gemiddelde
metrics-responsiveness = Reactiesnelheid
metrics-responsiveness-explanation = Vragen en klachten van klanten die per week beantwoord zijn, en hoe lang klanten wachtten (mediaan).
metrics-responsiveness-figure = { $count } beantwoord, klanten wachtten { $median } (mediaan)
metrics-responsiveness-week = { $count } beantwoord, mediaan { $median }
metrics-no-answers = In deze weken zijn geen vragen beantwoord.
metrics-answered = Beantwoord
metrics-tasks = Taken op tijd
metrics-tasks-explanation = Van de taken met een einddatum die per week afgerond zijn, het deel dat op tijd klaar was.
metrics-steps = Onboarding en offboarding op tijd
metrics-steps-explanation = Van de stappen van klantchecklists die per week afgerond zijn, het deel dat op tijd klaar was.
metrics-on-time-week = { $percent }% van { $total }
metrics-none-finished = In deze weken is niets met een einddatum afgerond.
metrics-on-time = Op tijd
nav-goals = Doelen en waarden
goals-title = Doelen en waarden
goals-intro = Waar het bedrijf naartoe werkt en hoe het werkt. Taken en voorstellen kunnen het doel noemen dat ze dienen; de waarnemend CEO beslist erop.
goals-goals = Doelen
goals-values = Waarden
goals-archived = Opzijgezet
goals-goals-empty = Nog geen doelen. De leiding voegt de paar dingen toe waar het bedrijf naartoe werkt, zoals “Vijf hotels als klant winnen”; taken en voorstellen kunnen daarna het doel noemen dat ze dienen.
goals-values-empty = Nog geen waarden. De leiding voegt de waarden toe waarmee het team beslist, zoals “De klant eerst”.
goals-empty-today = De leiding heeft nog geen doelen gesteld. Stel ze in onder Doelen en waarden, zodat het werk van het team het doel kan noemen dat het dient.
goals-open = Doelen en waarden
goals-add = Toevoegen
goals-archive = Opzijzetten
goals-restore = Terugzetten
goals-none = Geen bepaald doel
goals-field-kind = Soort
goals-field-title = Titel
goals-field-description = Wat het inhoudt
goals-field-serves = Dient doel
goals-field-decided-by = Besloten op doel of waarde
goals-work = { $open } open, { $done } klaar
goal-kind-goal = Doel
goal-kind-value = Waarde
reminders-tab-title = ({ $count }) { $name }
reminders-turn-on = Herinneringen aanzetten
reminders-on = Herinneringen staan aan zolang de app open is.
reminders-blocked = Deze browser toont geen herinneringen (geblokkeerd in de instellingen of niet ondersteund).
reminders-meeting = Over 10 minuten: { $title }
reminders-urgent-message = Dringend bericht van { $title }
reminders-message = Bericht van { $title }
reminders-due = { $kind } te doen: { $title }
reminders-body = Open Handover om het af te handelen.
