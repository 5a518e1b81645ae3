nav-today = Idag
today-title = Idag
today-due-title = Att göra idag
today-reading = Läser dagens lista…
today-filter-kind = Visa
today-filter-all = Allt
today-due-count = { $count ->
    [one] 1 sak att göra
   *[other] { $count } saker att göra
}
today-due-empty = Inget ska göras idag. Nya uppgifter, uppföljningar, meddelanden och möten visas här den dag de ska göras.
today-due-no-match = Inget av det här slaget ska göras idag.
today-overdue-count = { $count } försenade
today-due-today = Idag
today-overdue = { $days ->
    [one] 1 dag försenad
   *[other] { $days } dagar försenad
}
today-urgent = Brådskande
due-kind-message = Meddelande
due-kind-visitor = Besökare
due-kind-meeting = Möte
due-kind-follow-up = Uppföljning
due-kind-task = Uppgift
due-kind-onboarding-step = Introduktion
due-kind-offboarding-step = Avslut
due-kind-document-review = Dokumentgranskning
due-kind-reorder = Beställ mer
today-leadership-title = För ledningen
today-escalations = { $count ->
    [0] Inga öppna eskaleringar
    [one] 1 öppen eskalering
   *[other] { $count } öppna eskaleringar
}
today-crises = { $count ->
    [0] Ingen öppen kris
    [one] 1 öppen kris
   *[other] { $count } öppna kriser
}
today-conflicts = { $count ->
    [0] Inga öppna konflikter
    [one] 1 öppen konflikt
   *[other] { $count } öppna konflikter
}
today-handover-acting = { $name } är tillförordnad vd till { $until }.
today-handover-none = Ingen överlämning pågår: vd är på plats.
today-handover-open = Öppna överlämningen
today-handover-start = Planera en överlämning
metrics-title = Hur det går
metrics-intro = De senaste tolv veckorna, vecka för vecka.
metrics-week = Veckan från
metrics-satisfaction = Kundnöjdhet
metrics-satisfaction-explanation = Genomsnittligt nöjdhetsbetyg som registrerats varje vecka (1 till 5).
metrics-satisfaction-figure = { $average } i snitt av { $count ->
    [one] 1 betyg
   *[other] { $count } betyg
}, { $trend }
metrics-trend-rising = stigande
metrics-trend-falling = sjunkande
metrics-trend-steady = stabilt
metrics-trend-unknown = för tidigt för en trend
metrics-no-scores = Inga betyg registrerades dessa veckor.
metrics-no-data = Inga uppgifter
metrics-average = Snitt
metrics-responsiveness = Svarstid
metrics-responsiveness-explanation = Kunders frågor och klagomål som besvarats varje vecka, och hur länge kunderna väntade (median).
metrics-responsiveness-figure = { $count } besvarade, kunderna väntade { $median } (median)
metrics-responsiveness-week = { $count } besvarade, median { $median }
metrics-no-answers = Inga frågor besvarades dessa veckor.
metrics-answered = Besvarade
metrics-tasks = Uppgifter i tid
metrics-tasks-explanation = Av uppgifterna med förfallodag som blev klara varje vecka, andelen som blev klara i tid.
metrics-steps = Introduktion och avslut i tid
metrics-steps-explanation = Av stegen i kundernas checklistor som slutfördes varje vecka, andelen som slutfördes i tid.
metrics-on-time-week = { $percent } % av { $total }
metrics-none-finished = Inget med förfallodag blev klart dessa veckor.
metrics-on-time = I tid
nav-goals = Mål och värderingar
goals-title = Mål och värderingar
goals-intro = Vad företaget arbetar mot och hur det arbetar. Uppgifter och förslag kan ange vilket mål de tjänar; tillförordnad vd beslutar utifrån dem.
goals-goals = Mål
goals-values = Värderingar
goals-archived = Lagda åt sidan
goals-goals-empty = Inga mål ännu. Ledningen lägger till de få saker företaget arbetar mot, som ”Vinna fem hotell som kunder”; uppgifter och förslag kan sedan ange vilket mål de tjänar.
goals-values-empty = Inga värderingar ännu. Ledningen lägger till de värderingar teamet beslutar efter, som ”Kunden först”.
goals-empty-today = Ledningen har inte satt några mål ännu. Sätt dem under Mål och värderingar, så att teamets arbete kan ange vilket mål det tjänar.
goals-open = Mål och värderingar
goals-add = Lägg till
goals-archive = Lägg åt sidan
goals-restore = Ta tillbaka
goals-none = Inget särskilt mål
goals-field-kind = Typ
goals-field-title = Titel
goals-field-description = Vad det innebär
goals-field-serves = Tjänar målet
goals-field-decided-by = Beslutat utifrån mål eller värdering
goals-work = { $open } öppna, { $done } klara
goal-kind-goal = Mål
goal-kind-value = Värdering
reminders-tab-title = ({ $count }) { $name }
reminders-turn-on = Slå på påminnelser
reminders-on = Påminnelser är på så länge appen är öppen.
reminders-blocked = Den här webbläsaren visar inga påminnelser (blockerade i inställningarna eller stöds inte).
reminders-meeting = Om 10 minuter: { $title }
reminders-urgent-message = Brådskande meddelande från { $title }
reminders-message = Meddelande från { $title }
reminders-due = { $kind } att göra: { $title }
reminders-body = Öppna Handover för att ta hand om det.
