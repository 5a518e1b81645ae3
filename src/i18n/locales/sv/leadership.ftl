# Handover — sv: leadership

## Escalations
escalations-title = Eskaleringar
escalations-intro = Farhågor om en kund eller teamet, lyfta till VD:n och driftsassistenten.
escalations-leadership-only = Eskaleringar finns bara på VD:ns och driftsassistentens enheter.
escalations-raise-title = Eskalera ett ärende
escalations-escalate = Eskalera
escalations-group = { $status } ({ $count })
escalations-group-empty = Inga.
escalations-open-empty = Inga öppna eskaleringar. När en kunds oro behöver ledningen väljer du ”Eskalera ett ärende”, eller eskalerar från kundens sida.
escalations-client-empty = Inga eskaleringar om den här kunden.
escalations-client-gone = En borttagen kund
escalations-team-matter = Teamärende
escalations-field-client = Gäller
escalations-field-urgency = Brådska
escalations-field-details = Detaljer
escalations-acknowledge = Bekräfta
escalations-resolve = Lös
escalations-step-raised = Eskalerat av { $name }, { $when }
escalations-step-acknowledged = Bekräftat av { $name }, { $when }
escalations-step-resolved = Löst av { $name }, { $when }
escalation-status-open = Öppen
escalation-status-acknowledged = Bekräftad
escalation-status-resolved = Löst
urgency-low = Låg
urgency-normal = Normal
urgency-high = Hög
urgency-critical = Kritisk

## Announcements
announcements-title = Meddelanden
announcements-unread = { $count ->
    [one] { $count } oläst
   *[other] { $count } olästa
}
announcements-all-read = Allt läst
announcements-empty = Inga meddelanden ännu. Ledningen lägger ut nyheter till hela teamet här med ”Nytt meddelande” och ser vem som har läst dem.
announcements-compose-title = Nytt meddelande
announcements-field-title = Rubrik
announcements-field-body = Meddelande
announcements-post = Publicera meddelande
announcements-posted = { $name }, { $when }
announcements-ack = Jag har läst detta
announcements-you-read = Du läste detta { $when }.
announcements-read-count = { $read } av { $total } har läst detta
announcements-read-by = Läst
announcements-not-yet = Inte ännu
announcements-reader = { $name }, { $when }
announcements-nobody-yet = Ingen ännu.
announcements-everyone-read = Alla har läst det.

## Performance observations
observations-title = Prestationsanteckningar
observations-private = Privat
observations-help = Bara VD:n och driftsassistenten ser de här anteckningarna.
observations-empty = Inga anteckningar ännu. Skriv ned vad du ser i personens arbete, bra eller oroande, med ”Lägg till anteckning”, så att ett samtal vilar på fakta.
observations-field-day = Datum
observations-field-note = Anteckning
observations-add = Lägg till anteckning
observations-by = { $name }, gäller { $day }
observations-remove-confirm = Ta bort den här anteckningen? Det går inte att ångra.
observation-kind-positive = Positiv
observation-kind-concern = Farhåga
