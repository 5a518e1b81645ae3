# Voorraad: artikelen, leveranciers, bestellingen en bijbestellen.
nav-supplies = Voorraad
supplies-title = Voorraad
supplies-intro = Wat het kantoor op voorraad heeft, wat bijna op is, en de bestellingen die het aanvullen.
supplies-unknown-vendor = Onbekende leverancier
supplies-unknown-item = Onbekend artikel
briefing-subject-supply = Voorraad

supplies-items-title = Artikelen op voorraad
supplies-items-count = { $count ->
    [one] 1 artikel
   *[other] { $count } artikelen
}
supplies-items-empty = Nog geen voorraad. Voeg eerst de leveranciers toe waar u bestelt, en daarna elk artikel dat u op voorraad houdt, met het bestelniveau.
supplies-add-item = Artikel toevoegen
supplies-field-name = Artikel
supplies-field-unit = Eenheid
supplies-unit-placeholder = doos, pak van 500, liter
supplies-field-stock = Op voorraad
supplies-field-reorder-level = Bestelniveau
supplies-field-vendor = Leverancier
supplies-field-quantity = Aantal
supplies-field-item = Artikel
supplies-no-vendor = Geen leverancier
supplies-stock = { $stock } { $unit }
supplies-stock-change = Pakken of aanvullen
supplies-reorder-badge = Bijbestellen
supplies-take = Pakken
supplies-add-stock = Aanvullen

supplies-vendors-title = Leveranciers
supplies-vendors-empty = Nog geen leveranciers. Voeg de winkels en leveranciers toe waar u bestelt, zodat artikelen hun leverancier kunnen noemen en bestellingen klaargezet kunnen worden.
supplies-add-vendor = Leverancier toevoegen
supplies-field-vendor-name = Leverancier
supplies-field-contact = Contact
supplies-contact-placeholder = naam, telefoon, e-mail of webwinkel
supplies-field-lead-days = Levertijd (dagen)
supplies-lead-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}

supplies-reorder-title = Bij te bestellen
supplies-reorder-rule = Artikelen op of onder hun bestelniveau. Klaarzetten maakt één bestelling per leverancier, met van elk artikel genoeg om de voorraad op twee keer het bestelniveau te brengen. Artikelen zonder leverancier, of die al op een open bestelling staan, worden niet klaargezet.
supplies-reorder-empty = Niets bij te bestellen: elk artikel zit boven zijn bestelniveau.
supplies-draft-orders = Bestellingen klaarzetten
supplies-drafted = { $count ->
    [one] 1 bestelling klaargezet. Controleer haar hieronder en markeer haar daarna als verstuurd.
   *[other] { $count } bestellingen klaargezet. Controleer ze hieronder en markeer ze daarna als verstuurd.
}
supplies-reorder-levels = { $stock } { $unit } op voorraad, bestelniveau { $level }
supplies-reorder-will-order = { $quantity } bestellen bij { $vendor }
supplies-reorder-on-order = staat al op een open bestelling
supplies-reorder-needs-vendor = heeft een leverancier nodig: bewerk het artikel om er een te kiezen

supplies-orders-title = Bestellingen
supplies-orders-count = { $count ->
    [one] 1 bestelling
   *[other] { $count } bestellingen
}
supplies-orders-empty = Nog geen bestellingen. Gebruik ‘Bestellingen klaarzetten’ als artikelen bijna op zijn, of begin hier een bestelling bij een leverancier.
supplies-orders-no-match = Geen bestellingen met deze status.
supplies-orders-all = Alle bestellingen
supplies-choose-vendor = Kies een leverancier
supplies-choose-item = Kies een artikel
supplies-new-order = Nieuwe bestelling
supplies-add-line = Aan bestelling toevoegen
supplies-order-drafted = Klaargezet op { $date } door { $name }
supplies-order-sent = Verstuurd op { $date } door { $name }
supplies-order-received = Ontvangen op { $date } door { $name }
supplies-mark-sent = Markeren als verstuurd
supplies-mark-received = Markeren als ontvangen
supplies-remove-draft = Concept verwijderen
supplies-remove-draft-confirm = Deze conceptbestelling verwijderen?
order-status-draft = Concept
order-status-sent = Verstuurd
order-status-received = Ontvangen
