# Kantoor: mensen zonder apparaat, afdelingen, het berichtenlogboek
nav-group-office = Kantoor
nav-messages = Berichten
person-add-title = Persoon toevoegen
person-add-help = Voeg iemand toe die hier werkt, met of zonder eigen apparaat: je kunt meteen taken toewijzen en berichten sturen, en hen later uitnodigen voor de app.
person-add = Persoon toevoegen
field-department = Afdeling
department-none = Geen afdeling
departments-title = Afdelingen
departments-empty = Nog geen afdelingen. Voeg er een toe om berichten naar een heel team te sturen, zoals Financiën of Receptie.
departments-people = { $count ->
    [one] 1 persoon
   *[other] { $count } personen
}
department-name = Nieuwe afdeling
department-add = Afdeling toevoegen
member-no-device = Gebruikt de app nog niet op een apparaat. Nodig diegene uit via Instellingen → Synchronisatie wanneer dat nodig is.
invite-person = Voor
invite-new-person = Een nieuwe persoon
messages-title = Berichten
messages-intro = Telefoontjes, e-mails en notities voor een collega of een afdeling.
messages-take = Bericht aannemen
messages-show = Toon
messages-shown-mine = Voor mij
messages-shown-open = Alle open
messages-shown-done = Afgehandeld
messages-for-filter = Open berichten voor { $name }
messages-found-one = Eén bericht, gevonden met zoeken.
messages-clear-filter = Alles tonen
messages-count = { $count ->
    [one] 1 bericht
   *[other] { $count } berichten
}
messages-empty = Nog geen berichten. Belt of komt er iemand langs voor een collega, kies dan „Bericht aannemen”.
messages-none-shown = Niets te zien. Kies „Alle open” om de berichten van iedereen te zien.
messages-department = { $name } (afdeling)
messages-urgent-banner = { $count ->
    [one] Er wacht 1 dringend bericht op je.
   *[other] Er wachten { $count } dringende berichten op je.
}
messages-by-recipient = Open berichten per persoon
messages-none-open = Geen open berichten.
messages-open-for-you = { $count ->
    [one] 1 open bericht voor jou
   *[other] { $count } open berichten voor jou
}
messages-for = voor { $name }
messages-taken = { $when } · aangenomen door { $by } · { $channel }
messages-call-back = Terugbellen:
messages-done-by = Afgehandeld door { $by } op { $when }
messages-mark-done = Afgehandeld
messages-field-from = Van
messages-field-organisation = Bedrijf
messages-field-for = Voor
messages-choose-recipient = Kies een persoon of afdeling
messages-field-channel = Binnengekomen via
messages-field-urgency = Urgentie
messages-field-body = Bericht
messages-field-call-back = Terugbelnummer
messages-save = Bericht opslaan
message-channel-phone = Telefoon
message-channel-email = E-mail
message-channel-in-person = Persoonlijk
message-channel-note = Notitie
message-urgency-normal = Normaal
message-urgency-urgent = Dringend
