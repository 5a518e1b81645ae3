# Handover — nl: handover

handover-title = Overdracht
handover-intro = Draag het bedrijf over aan de waarnemend CEO zolang je weg bent, houd een logboek van besluiten bij en lees bij terugkomst wat er is veranderd.
handover-leadership-only = Overdrachten staan alleen op de apparaten van de CEO en de operationeel assistent.
handover-none = Er loopt geen overdracht.
handover-banner = { $name } is waarnemend CEO tot { $until }
handover-banner-link = Overdracht openen
handover-emergency-badge = Noodgeval
handover-emergency-notice = Noodoverdracht: { $name } heeft het overgenomen omdat je niet bereikbaar was.
handover-emergency-open = Overdracht lezen
handover-start-title = Overdracht starten
handover-start-intro = Op ieders apparaat staat dan wie er waarneemt tot je terug bent. Alleen de CEO en de operationeel assistent zien de details.
handover-start-submit = Overdracht starten
handover-emergency-title = Noodoverdracht
handover-emergency-intro = Is de CEO niet bereikbaar, dan kun je zelf als waarnemend CEO het werk overnemen. De CEO ziet dit als eerste bij terugkomst.
handover-emergency-begin = Noodoverdracht starten
handover-emergency-acting = { $name } wordt waarnemend CEO.
handover-emergency-submit = Overnemen als waarnemend CEO
handover-emergency-started = Gestart door { $name } op { $time }:
handover-field-reason = Waarom de CEO niet bereikbaar is
handover-field-away-from = Afwezig vanaf
handover-field-expected-back = Verwacht terug
handover-field-acting = Waarnemend CEO
handover-field-acting-choose = Kies een persoon
handover-field-priorities = Prioriteiten
handover-field-delegated = Gedelegeerde besluiten
handover-field-do-not-touch = Niet aankomen
handover-field-contacts = Contactpersonen in noodgevallen
handover-already-running = Er loopt al een overdracht. Beëindig die eerst voordat je een nieuwe start.
handover-no-ceo = Er is geen actieve CEO in de werkruimte om voor over te dragen.
handover-summary = { $acting } neemt waar voor { $ceo }
handover-summary-ended = { $acting } nam waar voor { $ceo }
handover-period = Afwezig vanaf { $from }, verwacht terug op { $back }
handover-not-given = Niets genoteerd.
handover-briefing-so-far = Bekijk wat er tot nu toe is veranderd
handover-acknowledge-text = Deze overdracht is in een noodgeval gestart terwijl je niet bereikbaar was. Lees hem en bevestig daarna.
handover-acknowledge = Ik heb dit gelezen
handover-decisions-title = Besluitenlogboek
handover-decisions-empty = Nog geen besluiten vastgelegd. Leg elk besluit dat tijdens de waarneming genomen wordt met de reden vast met “Besluit vastleggen”.
handover-decisions-count = { $count ->
    [one] 1 besluit
   *[other] { $count } besluiten
}
handover-decision-by = { $name }, { $time }
handover-field-decision = Besluit
handover-field-decision-reason = Reden
handover-field-alternatives = Overwogen alternatieven
handover-field-informed = Wie is geïnformeerd
handover-decision-submit = Besluit vastleggen
handover-end-title = Overdracht beëindigen
handover-end-intro = Welkom terug. Schrijf een korte evaluatie van de waarneemperiode; daarna verdwijnt de melding op alle apparaten.
handover-field-went-well = Wat ging goed
handover-field-to-change = Wat kan er volgende keer anders
handover-end-submit = Overdracht beëindigen
handover-ended-title = De overdracht is beëindigd
handover-ended-text = Je terugkeeroverzicht toont alles wat er tijdens je afwezigheid is veranderd.
handover-read-briefing = Terugkeeroverzicht lezen
handover-past-title = Eerdere overdrachten
handover-past-empty = Er is nog geen overdracht beëindigd.
handover-review-title = Evaluatie
handover-review-by = Geëvalueerd door { $name } op { $time }
handover-what-was-left = Wat er is overgedragen

briefing-title = Terugkeeroverzicht
briefing-intro = Alles wat er sinds het begin van de overdracht in de gegevens is veranderd, op elk apparaat, rechtstreeks uit de geschiedenis.
briefing-preparing = Het overzicht wordt voorbereid…
briefing-back = Terug naar de overdracht
briefing-not-found = Deze overdracht staat niet op dit apparaat.
briefing-download = Downloaden als Markdown
briefing-download-failed = Het overzicht kon niet worden gedownload. Probeer het opnieuw.
briefing-period = { $acting } was waarnemend CEO vanaf { $from }, verwacht terug op { $back }.
briefing-total = { $count ->
    [one] 1 wijziging sinds het begin van de overdracht
   *[other] { $count } wijzigingen sinds het begin van de overdracht
}
briefing-group = { $group } ({ $count })
briefing-group-empty = Niets van deze soort terwijl je weg was.
briefing-group-new-clients = Nieuwe klanten
briefing-group-interactions = Vastgelegde contactmomenten
briefing-group-escalations = Escalaties
briefing-group-tasks-completed = Afgeronde taken
briefing-group-crises = Crises en hun tijdlijn
briefing-group-decisions = Genomen besluiten
briefing-group-other = Overige wijzigingen
briefing-kind-added = Toegevoegd
briefing-kind-changed = Gewijzigd
briefing-kind-removed = Verwijderd
briefing-subject-member = Teamlid
briefing-subject-client = Klant
briefing-subject-follow-up = Opvolging
briefing-subject-score = Tevredenheidsscore
briefing-subject-checklist = Checklist
briefing-subject-task = Taak
briefing-subject-announcement = Mededeling
briefing-subject-settings = Instellingen
briefing-subject-handover = Overdracht
briefing-subject-meeting = Vergadering
briefing-subject-document = Document
briefing-subject-request = Verzoek
briefing-subject-message = Bericht
briefing-subject-improvement = Verbetering
briefing-subject-conflict = Conflict
briefing-subject-observation = Functioneringsnotitie
briefing-subject-record = Gegeven
briefing-by = { $name }, { $time }
briefing-someone = Iemand buiten Handover
briefing-overdue = { $count ->
    [one] 1 taak nu te laat
   *[other] { $count } taken nu te laat
}
briefing-overdue-task = { $title }, uiterlijk { $due }

## Waarnemen voor de CEO: uitnodigen en intrekken onder delegatie
delegated-invite-decision = { $name } uitgenodigd als { $role }
delegated-revoke-decision = Toegang van { $name } ingetrokken
delegated-decision-reason = Gedaan als waarnemend CEO, onder de delegatie van de CEO.
invite-acting-note = U neemt waar voor de CEO: elke uitnodiging en intrekking die u hier doet, komt in het beslissingslogboek voor de terugblik van de CEO.
delegation-title = Noodmachtiging
delegation-help = Als u onbereikbaar bent, kan de Operations Assistant een noodoverdracht starten. Met een vaste noodmachtiging kan die dan ook mensen uitnodigen en toegang intrekken — pas nadat de noodsituatie is verklaard, en elk gebruik komt in het logboek voor uw terugblik. U kunt hem altijd intrekken.
delegation-sign = Laat { $name } in een noodsituatie uitnodigen en intrekken
delegation-none = Er is geen noodmachtiging ondertekend.
delegation-for = { $name } mag in een noodsituatie uitnodigen en intrekken tot { $until }.
delegation-withdrawn = Ingetrokken
delegation-withdraw = Intrekken
delegation-withdraw-confirm = De noodmachtiging voor { $name } intrekken? Uitnodigingen die daaronder zijn gemaakt, werken dan ook niet meer.
delegation-no-device = { $name } heeft nog geen geverifieerd apparaat: open de app eerst één keer met de uitnodiging.
delegation-no-assistant = Nodig eerst een Operations Assistant uit.
handover-delegation-unusable = Zonder ondertekende delegatie voor dit apparaat kunt u waarnemen voor de CEO, maar niemand uitnodigen of toegang intrekken.
