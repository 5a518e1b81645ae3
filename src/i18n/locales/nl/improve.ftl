# Handover — nl: improve, requests, conflicts

improvements-title = Verbeteren
requests-title = Verzoeken
conflicts-title = Conflicten

## Requests

requests-intro = Leg vast wat er binnenkomt per e-mail, telefoon, persoonlijk of bericht. Elk verzoek wordt meteen doorverwezen volgens de regel voor het soort verzoek.
requests-log-title = Verzoek vastleggen
requests-log = Verzoek vastleggen
request-field-from = Van wie
request-field-channel = Binnengekomen via
request-field-kind = Soort
request-field-asked = Wat wordt er gevraagd
request-kind-email = E-mail
request-kind-calendar = Agenda
request-kind-client = Klant
request-kind-supplies = Benodigdheden
request-kind-facilities = Facilitair
request-kind-other = Overig
request-channel-email = E-mail
request-channel-phone = Telefoon
request-channel-in-person = Persoonlijk
request-channel-message = Bericht
requests-open-title = Openstaande verzoeken
requests-filter-kind = Soort
requests-filter-all-kinds = Alle soorten
requests-filter-target = Doorverwezen naar
requests-filter-all-targets = Iedereen
requests-filter-unrouted = Nog niet doorverwezen
requests-empty = Geen openstaande verzoeken. Leg het vast met “Verzoek vastleggen” wanneer iemand iets vraagt; een regel kan het naar de juiste persoon doorsturen.
requests-no-match = Geen openstaande verzoeken die aan deze filters voldoen.
requests-done-title = Afgehandeld
requests-done-empty = Nog geen verzoeken afgehandeld.
request-logged = Via { $channel }, vastgelegd door { $name }, { $when }
request-referred-by-rule = Volgens regel doorverwezen naar { $to }, { $when }
request-referred-by = Doorverwezen naar { $to } door { $name }, { $when }
request-unrouted = Nog niet doorverwezen: er is geen regel voor dit soort verzoek.
request-done-by = Afgehandeld door { $name }, { $when }
request-mark-done = Afgehandeld
request-refer = Doorverwijzen
request-refer-elsewhere = Elders doorverwijzen
request-refer-save = Verzoek doorverwijzen
route-executive-assistant = de directieassistent
route-field-member = Doorverwijzen naar een collega
route-member-none = Iemand anders (typ een naam)
route-field-name = Persoon of afdeling
route-field-name-placeholder = Bijvoorbeeld: officemanager

## Routing rules

rules-title = Doorverwijsregels
rules-intro = Waar elk soort verzoek naartoe gaat. E-mail- en agendaverzoeken gaan naar de directieassistent, tenzij je een andere regel instelt.
rules-unrouted = Nog geen regel
rules-default = Standaard
rules-change = Wijzigen
rules-remove = Regel verwijderen
rules-save = Regel opslaan

## Improvements

improvements-intro = Knelpunten die je opmerkt en voorstellen om ze op te lossen. De CEO of de operationeel assistent beslist over elk voorstel.
improvements-raise-title = Verbetering voorstellen
improvements-raise = Voorstel toevoegen
improvements-list-title = Voorstellen
improvements-empty = Nog geen voorstellen. Beschrijf een knelpunt en hoe het op te lossen is.
improvement-field-problem = Probleem of knelpunt
improvement-field-proposal = Voorstel
improvement-field-effect = Verwacht effect
improvement-raised = Ingediend door { $name }, { $when }
improvement-decided = { $status } door { $name }, { $when }
improvement-approve = Goedkeuren
improvement-drop = Laten vallen
improvement-implement = Markeren als ingevoerd
improvement-leadership-decides = De CEO of de operationeel assistent beslist over dit voorstel.
proposal-status-proposed = Voorgesteld
proposal-status-approved = Goedgekeurd
proposal-status-implemented = Ingevoerd
proposal-status-dropped = Vervallen

## Hints

hints-title = Signalen uit je gegevens
hints-stall-title = Waar taken het langst blijven liggen
hints-stall-explanation = Per status hoe lang open taken er al in staan sinds hun status voor het laatst veranderde: gemiddeld en het langst.
hints-stall-empty = Geen open taken, dus er ligt niets stil.
hints-stall-item = { $count ->
    [one] 1 taak, { $average } (langst { $longest })
   *[other] { $count } taken, gemiddeld { $average } (langst { $longest })
}
hints-follow-ups-title = Klanten die het langst op contact wachten
hints-follow-ups-explanation = Klanten bij wie de geplande contactdag voorbij is zonder telefoontje, e-mail, afspraak of bericht sindsdien, de langst achterstallige eerst.
hints-follow-ups-empty = Er is geen contactmoment achterstallig.
hints-follow-ups-item = { $days ->
    [one] 1 dag te laat (gepland op { $due })
   *[other] { $days } dagen te laat (gepland op { $due })
}
hints-unknown-client = Onbekende klant
hints-late-steps-title = Onboardingstappen die het vaakst te laat zijn
hints-late-steps-explanation = Onboardingstappen die na hun deadline zijn afgerond of daarna nog openstaan, geteld per stap.
hints-late-steps-empty = Nog geen onboardingstap was te laat.
hints-late-steps-item = { $count ->
    [one] één keer te laat
   *[other] { $count } keer te laat
} ({ $done } te laat afgerond, { $open } nu over tijd)

## Conflicts

conflicts-intro = Meningsverschillen tussen collega's of met klanten: bemiddelingsnotities, escalatie naar de CEO en hoe elk geval is opgelost.
conflicts-leadership-only = Conflictdossiers zijn alleen voor de CEO en de operationeel assistent.
conflicts-open = Dossier openen
conflicts-open-save = Dossier openen
conflicts-empty = Geen conflictdossiers. Kies “Dossier openen” wanneer een meningsverschil met een klant of tussen collega’s opvolging nodig heeft.
conflicts-back = Alle conflictdossiers
conflict-title = Conflictdossier
conflict-not-found = Dit dossier bestaat niet. Het is misschien op een ander apparaat verwijderd.
conflict-field-parties = Betrokkenen
conflict-field-description = Wat is er gebeurd
conflict-party-choose = Kies een collega of klant
conflict-party-members = Collega's
conflict-party-clients = Klanten
conflict-party-add = Betrokkene toevoegen
conflict-party-remove = { $name } verwijderen
party-kind-member = Collega
party-kind-client = Klant
conflict-parties = Betrokkenen: { $names }
conflict-opened = Geopend door { $name }, { $when }
conflict-note-count = { $count ->
    [one] 1 notitie
   *[other] { $count } notities
}
conflict-open = Open
conflict-resolved = Opgelost
conflict-escalated = Geëscaleerd naar de CEO
conflict-escalate = Escaleren naar de CEO
conflict-escalated-by = Geëscaleerd naar de CEO door { $name }, { $when }
conflict-notes-title = Bemiddelingsnotities
conflict-notes-empty = Nog geen notities. Voeg na elk gesprek of elke stap naar een oplossing een notitie toe.
conflict-field-note = Notitie
conflict-add-note = Notitie toevoegen
conflict-note-by = { $name }, { $when }
conflict-resolution-title = Oplossing
conflict-field-resolution = Hoe is het opgelost
conflict-resolve = Dossier afsluiten
conflict-resolved-by = Opgelost door { $name }, { $when }
