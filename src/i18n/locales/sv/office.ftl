# Kontoret: personer utan enhet, avdelningar, meddelandeloggen
nav-group-office = Kontoret
nav-messages = Meddelanden
person-add-title = Lägg till en person
person-add-help = Lägg till någon som arbetar här, med eller utan egen enhet: du kan tilldela uppgifter och lämna meddelanden direkt, och bjuda in personen till appen senare.
person-add = Lägg till person
field-department = Avdelning
department-none = Ingen avdelning
departments-title = Avdelningar
departments-empty = Inga avdelningar ännu. Lägg till en för att skicka meddelanden till ett helt team, till exempel Ekonomi eller Reception.
departments-people = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
department-name = Ny avdelning
department-add = Lägg till avdelning
member-no-device = Använder inte appen på någon enhet ännu. Bjud in personen under Inställningar → Synkronisering när det behövs.
invite-person = För
invite-new-person = En ny person
messages-title = Meddelanden
messages-intro = Samtal, e-post och anteckningar till en kollega eller en avdelning.
messages-take = Ta ett meddelande
messages-show = Visa
messages-shown-mine = Till mig
messages-shown-open = Alla öppna
messages-shown-done = Klara
messages-for-filter = Öppna meddelanden till { $name }
messages-found-one = Ett meddelande som hittades med sökningen visas.
messages-clear-filter = Visa alla
messages-count = { $count ->
    [one] 1 meddelande
   *[other] { $count } meddelanden
}
messages-empty = Inga meddelanden ännu. När någon ringer eller kommer förbi för en kollega, välj ”Ta ett meddelande”.
messages-none-shown = Inget här. Välj ”Alla öppna” för att se allas meddelanden.
messages-department = { $name } (avdelning)
messages-urgent-banner = { $count ->
    [one] 1 brådskande meddelande väntar på dig.
   *[other] { $count } brådskande meddelanden väntar på dig.
}
messages-by-recipient = Öppna meddelanden per person
messages-none-open = Inga öppna meddelanden.
messages-open-for-you = { $count ->
    [one] 1 öppet meddelande till dig
   *[other] { $count } öppna meddelanden till dig
}
messages-for = till { $name }
messages-taken = { $when } · taget av { $by } · { $channel }
messages-call-back = Ring tillbaka:
messages-done-by = Klart av { $by } { $when }
messages-mark-done = Klart
messages-field-from = Från
messages-field-organisation = Företag
messages-field-for = Till
messages-choose-recipient = Välj en person eller avdelning
messages-field-channel = Kom in via
messages-field-urgency = Hur brådskande
messages-field-body = Meddelande
messages-field-call-back = Nummer att ringa tillbaka
messages-save = Spara meddelande
message-channel-phone = Telefon
message-channel-email = E-post
message-channel-in-person = På plats
message-channel-note = Anteckning
message-urgency-normal = Normalt
message-urgency-urgent = Brådskande
