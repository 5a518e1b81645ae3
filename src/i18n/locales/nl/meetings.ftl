# Kantoor: vergaderingen
nav-meetings = Vergaderingen
error-invalid-time = Vul een tijd in, bijvoorbeeld 09:30.
meetings-nav = Vergaderbureau
meetings-nav-calendar = Agenda
meetings-nav-new = Nieuwe vergadering
meetings-title = Vergaderingen
meetings-views = Vergaderingen tonen als
meetings-view-upcoming = Komend
meetings-view-day = Dag
meetings-view-week = Week
meetings-previous = Vorige
meetings-today = Vandaag
meetings-next = Volgende
meetings-empty = Nog geen vergaderingen. Plan de eerste met „Nieuwe vergadering”: een tijd, een plek en wie er komt.
meetings-upcoming-count = { $count ->
    [one] 1 komende vergadering
   *[other] { $count } komende vergaderingen
}
meetings-none-upcoming = Er komen geen vergaderingen aan. Plan er een met „Nieuwe vergadering”, of kijk terug in de dag- en weekweergave.
meetings-none-this-day = Geen vergaderingen. Plan er een met “Nieuwe vergadering”.
meeting-attendee-count = { $count ->
    [0] geen deelnemers
    [one] 1 deelnemer
   *[other] { $count } deelnemers
}
meeting-attendee-gone = (niet meer in de werkruimte)
meeting-new-title = Nieuwe vergadering
meeting-field-title = Titel
meeting-field-day = Datum
meeting-field-time = Begintijd
meeting-field-duration = Duur (minuten)
meeting-field-place = Plaats of videolink
meeting-place-hint = Vergaderzaal, adres of https://…-link
meeting-field-attendees = Deelnemers
meeting-no-attendees = Nog niemand uitgenodigd. Kies hieronder mensen.
meeting-field-add-attendee = Deelnemer toevoegen
meeting-choose-attendee = Kies een lid of een contactpersoon van een klant…
meeting-remove-attendee = { $name } verwijderen
meeting-field-agenda = Agenda (één punt per regel)
meeting-agenda = Agenda
meeting-no-agenda = Nog geen agenda. Bewerk de vergadering om punten toe te voegen.
meeting-clash-title = Dubbel geboekt: nog niet opgeslagen.
meeting-clash = { $name } heeft al „{ $meeting }” om { $at }.
meeting-clash-change = Vergadering aanpassen
meeting-clash-save-anyway = Toch opslaan
meeting-not-found = Deze vergadering bestaat niet (meer).
meeting-back = Terug naar vergaderingen
meeting-delete = Vergadering verwijderen
meeting-delete-confirm = De vergadering „{ $title }” verwijderen? De vervolgtaken blijven op het bord.
meeting-download-ics = .ics downloaden
meeting-download-failed = Het agendabestand kon in deze browser niet worden gemaakt.
meeting-no-place = Geen plaats opgegeven
meeting-minutes = Notulen
meeting-field-minutes = Wat is besproken en besloten
meeting-save-minutes = Notulen opslaan
meeting-minutes-saved = Notulen opgeslagen.
meeting-follow-ups = Vervolgtaken
meeting-no-follow-ups = Nog geen vervolgtaken. Voeg er een toe voor elke actie uit de notulen; die komt direct op het teambord.
meeting-follow-up-title = Nieuwe vervolgtaak
meeting-add-follow-up = Vervolgtaak toevoegen
meeting-follow-up-from = Vervolg op de vergadering „{ $meeting }”.
meeting-follow-up-gone = (taak verwijderd)
