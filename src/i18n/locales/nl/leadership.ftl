# Handover — nl: leadership

## Escalations
escalations-title = Escalaties
escalations-intro = Zorgen over een klant of het team, voorgelegd aan de CEO en de operationeel assistent.
escalations-leadership-only = Escalaties staan alleen op de apparaten van de CEO en de operationeel assistent.
escalations-raise-title = Een escalatie melden
escalations-escalate = Escaleren
escalations-group = { $status } ({ $count })
escalations-group-empty = Geen.
escalations-open-empty = Geen openstaande escalaties. Kies “Een escalatie melden” wanneer een zorg van een klant de leiding nodig heeft, of escaleer vanaf de pagina van de klant.
escalations-client-empty = Geen escalaties over deze klant.
escalations-client-gone = Een verwijderde klant
escalations-team-matter = Teamzaak
escalations-field-client = Over
escalations-field-urgency = Urgentie
escalations-field-details = Toelichting
escalations-acknowledge = In behandeling nemen
escalations-resolve = Afhandelen
escalations-step-raised = Gemeld door { $name }, { $when }
escalations-step-acknowledged = In behandeling genomen door { $name }, { $when }
escalations-step-resolved = Afgehandeld door { $name }, { $when }
escalation-status-open = Open
escalation-status-acknowledged = In behandeling
escalation-status-resolved = Afgehandeld
urgency-low = Laag
urgency-normal = Normaal
urgency-high = Hoog
urgency-critical = Kritiek

## Announcements
announcements-title = Mededelingen
announcements-unread = { $count ->
    [one] { $count } ongelezen
   *[other] { $count } ongelezen
}
announcements-all-read = Alles gelezen
announcements-empty = Nog geen mededelingen. De leiding plaatst hier nieuws voor het hele team met “Nieuwe mededeling” en ziet wie het gelezen heeft.
announcements-compose-title = Nieuwe mededeling
announcements-field-title = Titel
announcements-field-body = Bericht
announcements-post = Mededeling plaatsen
announcements-posted = { $name }, { $when }
announcements-ack = Gelezen
announcements-you-read = Je hebt dit gelezen op { $when }.
announcements-read-count = { $read } van { $total } hebben dit gelezen
announcements-read-by = Gelezen
announcements-not-yet = Nog niet
announcements-reader = { $name }, { $when }
announcements-nobody-yet = Nog niemand.
announcements-everyone-read = Iedereen heeft het gelezen.

## Performance observations
observations-title = Functioneringsnotities
observations-private = Vertrouwelijk
observations-help = Alleen de CEO en de operationeel assistent zien deze notities.
observations-empty = Nog geen notities. Noteer wat je ziet in het werk van deze persoon, goed of zorgelijk, met “Notitie toevoegen”, zodat een gesprek op feiten rust.
observations-field-day = Datum
observations-field-note = Notitie
observations-add = Notitie toevoegen
observations-by = { $name }, over { $day }
observations-remove-confirm = Deze notitie verwijderen? Dit kan niet ongedaan worden gemaakt.
observation-kind-positive = Positief
observation-kind-concern = Zorgpunt
