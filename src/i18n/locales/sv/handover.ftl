# Handover — sv: handover

handover-title = Överlämning
handover-intro = Lämna över verksamheten till den tillförordnade vd:n medan du är borta, för en logg över beslut och se vad som har ändrats när du är tillbaka.
handover-leadership-only = Överlämningar finns bara på vd:ns och driftsassistentens enheter.
handover-none = Ingen överlämning pågår.
handover-banner = { $name } är tillförordnad vd till { $until }
handover-banner-link = Öppna överlämningen
handover-emergency-badge = Nödläge
handover-emergency-notice = Nödöverlämning: { $name } tog över medan du inte gick att nå.
handover-emergency-open = Läs överlämningen
handover-start-title = Starta en överlämning
handover-start-intro = Allas enheter visar vem som är tillförordnad tills du är tillbaka. Bara vd:n och driftsassistenten ser detaljerna.
handover-start-submit = Starta överlämningen
handover-emergency-title = Nödöverlämning
handover-emergency-intro = Om vd:n inte går att nå kan du själv ta över som tillförordnad vd. Vd:n ser det först när hen är tillbaka.
handover-emergency-begin = Starta en nödöverlämning
handover-emergency-acting = { $name } blir tillförordnad vd.
handover-emergency-submit = Ta över som tillförordnad vd
handover-emergency-started = Startad av { $name } { $time }:
handover-field-reason = Varför vd:n inte går att nå
handover-field-away-from = Borta från
handover-field-expected-back = Väntas tillbaka
handover-field-acting = Tillförordnad vd
handover-field-acting-choose = Välj en person
handover-field-priorities = Prioriteringar
handover-field-delegated = Delegerade beslut
handover-field-do-not-touch = Sådant som inte ska röras
handover-field-contacts = Kontakter i nödläge
handover-already-running = En överlämning pågår redan. Avsluta den innan du startar en ny.
handover-no-ceo = Det finns ingen aktiv vd i arbetsytan att lämna över för.
handover-summary = { $acting } är tillförordnad vd i stället för { $ceo }
handover-summary-ended = { $acting } var tillförordnad vd i stället för { $ceo }
handover-period = Borta från { $from }, väntas tillbaka { $back }
handover-not-given = Inget antecknat.
handover-briefing-so-far = Se vad som har ändrats hittills
handover-acknowledge-text = Den här överlämningen startades i ett nödläge medan du inte gick att nå. Läs den och bekräfta sedan.
handover-acknowledge = Jag har läst detta
handover-decisions-title = Beslutslogg
handover-decisions-empty = Inga beslut loggade ännu. Logga varje beslut som fattas under vikariatet, med skälet, med ”Logga beslutet”.
handover-decisions-count = { $count ->
    [one] 1 beslut
   *[other] { $count } beslut
}
handover-decision-by = { $name }, { $time }
handover-field-decision = Beslut
handover-field-decision-reason = Skäl
handover-field-alternatives = Alternativ som övervägdes
handover-field-informed = Vem som informerades
handover-decision-submit = Logga beslutet
handover-end-title = Avsluta överlämningen
handover-end-intro = Välkommen tillbaka. Skriv en kort utvärdering av perioden; sedan försvinner meddelandet på alla enheter.
handover-field-went-well = Vad gick bra
handover-field-to-change = Vad kan göras annorlunda nästa gång
handover-end-submit = Avsluta överlämningen
handover-ended-title = Överlämningen är avslutad
handover-ended-text = Din återkomstsammanfattning visar allt som ändrades medan du var borta.
handover-read-briefing = Läs återkomstsammanfattningen
handover-past-title = Tidigare överlämningar
handover-past-empty = Ingen överlämning har avslutats ännu.
handover-review-title = Utvärdering
handover-review-by = Utvärderad av { $name } { $time }
handover-what-was-left = Vad som lämnades över

briefing-title = Återkomstsammanfattning
briefing-intro = Allt som har ändrats i registren sedan överlämningen började, på alla enheter, hämtat direkt ur historiken.
briefing-preparing = Sammanfattningen förbereds…
briefing-back = Tillbaka till överlämningen
briefing-not-found = Den här överlämningen finns inte på den här enheten.
briefing-download = Ladda ner som Markdown
briefing-download-failed = Sammanfattningen kunde inte laddas ner. Försök igen.
briefing-period = { $acting } var tillförordnad vd från { $from }, väntades tillbaka { $back }.
briefing-total = { $count ->
    [one] 1 ändring sedan överlämningen började
   *[other] { $count } ändringar sedan överlämningen började
}
briefing-group = { $group } ({ $count })
briefing-group-empty = Inget av det här slaget medan du var borta.
briefing-group-new-clients = Nya kunder
briefing-group-interactions = Loggade kontakter
briefing-group-escalations = Eskaleringar
briefing-group-tasks-completed = Slutförda uppgifter
briefing-group-crises = Kriser och deras tidslinjer
briefing-group-decisions = Fattade beslut
briefing-group-other = Övriga ändringar
briefing-kind-added = Tillagd
briefing-kind-changed = Ändrad
briefing-kind-removed = Borttagen
briefing-subject-member = Medlem
briefing-subject-client = Kund
briefing-subject-follow-up = Uppföljning
briefing-subject-score = Nöjdhetsbetyg
briefing-subject-checklist = Checklista
briefing-subject-task = Uppgift
briefing-subject-announcement = Meddelande
briefing-subject-settings = Inställningar
briefing-subject-handover = Överlämning
briefing-subject-meeting = Möte
briefing-subject-document = Dokument
briefing-subject-request = Förfrågan
briefing-subject-message = Meddelande
briefing-subject-improvement = Förbättring
briefing-subject-conflict = Konflikt
briefing-subject-observation = Prestationsanteckning
briefing-subject-record = Post
briefing-by = { $name }, { $time }
briefing-someone = Någon utanför Handover
briefing-overdue = { $count ->
    [one] 1 uppgift försenad nu
   *[other] { $count } uppgifter försenade nu
}
briefing-overdue-task = { $title }, skulle vara klar { $due }

## Att agera för vd: inbjudningar och återkallelser under delegering
delegated-invite-decision = Bjöd in { $name } som { $role }
delegated-revoke-decision = Återkallade åtkomsten för { $name }
delegated-decision-reason = Gjort som tillförordnad vd, under vd:ns delegering.
invite-acting-note = Du agerar för vd: varje inbjudan och återkallelse du gör här skrivs in i beslutsloggen för vd:ns genomgång.
delegation-title = Nöddelegering
delegation-help = Om du inte går att nå kan Operations Assistant starta en nödöverlämning. Med en stående nöddelegering kan hen då också bjuda in personer och återkalla åtkomst — först efter att nödläget har förklarats, och varje användning loggas för din genomgång. Du kan dra tillbaka den när som helst.
delegation-sign = Låt { $name } bjuda in och återkalla i ett nödläge
delegation-none = Ingen nöddelegering är undertecknad.
delegation-for = { $name } får bjuda in och återkalla i ett nödläge till { $until }.
delegation-withdrawn = Tillbakadragen
delegation-withdraw = Dra tillbaka
delegation-withdraw-confirm = Dra tillbaka nöddelegeringen för { $name }? Inbjudningar som gjorts under den slutar också fungera.
delegation-no-device = { $name } har ingen verifierad enhet än: hen behöver öppna appen en gång med sin inbjudan.
delegation-no-assistant = Bjud in en Operations Assistant först.
handover-delegation-unusable = Utan en undertecknad delegering för den här enheten kan du agera för vd, men inte bjuda in eller återkalla någon.
