# Kontor: möten
nav-meetings = Möten
error-invalid-time = Ange en tid, till exempel 09:30.
meetings-nav = Mötesdesk
meetings-nav-calendar = Kalender
meetings-nav-new = Nytt möte
meetings-title = Möten
meetings-views = Visa möten som
meetings-view-upcoming = Kommande
meetings-view-day = Dag
meetings-view-week = Vecka
meetings-previous = Föregående
meetings-today = I dag
meetings-next = Nästa
meetings-empty = Inga möten än. Planera det första med ”Nytt möte”: en tid, en plats och vilka som kommer.
meetings-upcoming-count = { $count ->
    [one] 1 kommande möte
   *[other] { $count } kommande möten
}
meetings-none-upcoming = Inga kommande möten. Planera ett med ”Nytt möte”, eller titta bakåt i dags- och veckovyn.
meetings-none-this-day = Inga möten. Planera ett med ”Nytt möte”.
meeting-attendee-count = { $count ->
    [0] inga deltagare
    [one] 1 deltagare
   *[other] { $count } deltagare
}
meeting-attendee-gone = (finns inte längre i arbetsytan)
meeting-new-title = Nytt möte
meeting-field-title = Titel
meeting-field-day = Datum
meeting-field-time = Starttid
meeting-field-duration = Längd (minuter)
meeting-field-place = Plats eller videolänk
meeting-place-hint = Mötesrum, adress eller https://…-länk
meeting-field-attendees = Deltagare
meeting-no-attendees = Ingen inbjuden än. Välj personer nedan.
meeting-field-add-attendee = Lägg till deltagare
meeting-choose-attendee = Välj en medlem eller en kontaktperson hos en kund…
meeting-remove-attendee = Ta bort { $name }
meeting-field-agenda = Dagordning (en punkt per rad)
meeting-agenda = Dagordning
meeting-no-agenda = Ingen dagordning än. Redigera mötet för att lägga till punkter.
meeting-clash-title = Dubbelbokning: inte sparat än.
meeting-clash = { $name } har redan ”{ $meeting }” { $at }.
meeting-clash-change = Ändra mötet
meeting-clash-save-anyway = Spara ändå
meeting-not-found = Det här mötet finns inte (längre).
meeting-back = Tillbaka till möten
meeting-delete = Ta bort mötet
meeting-delete-confirm = Ta bort mötet ”{ $title }”? Uppföljningsuppgifterna blir kvar på tavlan.
meeting-download-ics = Ladda ner .ics
meeting-download-failed = Kalenderfilen kunde inte skapas i den här webbläsaren.
meeting-no-place = Ingen plats angiven
meeting-minutes = Protokoll
meeting-field-minutes = Vad som diskuterades och beslutades
meeting-save-minutes = Spara protokoll
meeting-minutes-saved = Protokollet är sparat.
meeting-follow-ups = Uppföljningsuppgifter
meeting-no-follow-ups = Inga uppföljningsuppgifter än. Lägg till en för varje åtgärd i protokollet; den hamnar direkt på teamets tavla.
meeting-follow-up-title = Ny uppföljningsuppgift
meeting-add-follow-up = Lägg till uppföljningsuppgift
meeting-follow-up-from = Uppföljning av mötet ”{ $meeting }”.
meeting-follow-up-gone = (uppgiften borttagen)
