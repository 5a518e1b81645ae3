# Förråd: artiklar i lager, leverantörer, beställningar och påfyllning.
nav-supplies = Förråd
supplies-title = Förråd
supplies-intro = Vad kontoret har i lager, vad som håller på att ta slut och beställningarna som fyller på.
supplies-unknown-vendor = Okänd leverantör
supplies-unknown-item = Okänd artikel
briefing-subject-supply = Förråd

supplies-items-title = Artiklar i lager
supplies-items-count = { $count ->
    [one] 1 artikel
   *[other] { $count } artiklar
}
supplies-items-empty = Inga artiklar ännu. Lägg först till leverantörerna ni beställer från, och sedan varje artikel ni har i lager med dess beställningsnivå.
supplies-add-item = Lägg till artikel
supplies-field-name = Artikel
supplies-field-unit = Enhet
supplies-unit-placeholder = kartong, paket med 500, liter
supplies-field-stock = I lager
supplies-field-reorder-level = Beställningsnivå
supplies-field-vendor = Leverantör
supplies-field-quantity = Antal
supplies-field-item = Artikel
supplies-no-vendor = Ingen leverantör
supplies-stock = { $stock } { $unit }
supplies-stock-change = Ta ut eller fyll på
supplies-reorder-badge = Beställ
supplies-take = Ta ut
supplies-add-stock = Fyll på

supplies-vendors-title = Leverantörer
supplies-vendors-empty = Inga leverantörer ännu. Lägg till butikerna och leverantörerna ni beställer från, så att artiklar kan ange sin leverantör och beställningar kan förberedas.
supplies-add-vendor = Lägg till leverantör
supplies-field-vendor-name = Leverantör
supplies-field-contact = Kontakt
supplies-contact-placeholder = namn, telefon, e-post eller webbutik
supplies-field-lead-days = Leveranstid (dagar)
supplies-lead-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagar
}

supplies-reorder-title = Att beställa
supplies-reorder-rule = Artiklar på eller under sin beställningsnivå. Att förbereda beställningar ger en beställning per leverantör, med tillräckligt av varje artikel för att lagret ska nå dubbla beställningsnivån. Artiklar utan leverantör, eller som redan finns på en öppen beställning, tas inte med.
supplies-reorder-empty = Inget att beställa: alla artiklar ligger över sin beställningsnivå.
supplies-draft-orders = Förbered beställningar
supplies-drafted = { $count ->
    [one] 1 beställning förberedd. Kontrollera den nedan och markera den sedan som skickad.
   *[other] { $count } beställningar förberedda. Kontrollera dem nedan och markera dem sedan som skickade.
}
supplies-reorder-levels = { $stock } { $unit } i lager, beställningsnivå { $level }
supplies-reorder-will-order = { $quantity } beställs från { $vendor }
supplies-reorder-on-order = finns redan på en öppen beställning
supplies-reorder-needs-vendor = behöver en leverantör: redigera artikeln och välj en

supplies-orders-title = Beställningar
supplies-orders-count = { $count ->
    [one] 1 beställning
   *[other] { $count } beställningar
}
supplies-orders-empty = Inga beställningar ännu. Använd ”Förbered beställningar” när artiklar håller på att ta slut, eller påbörja här en beställning hos en leverantör.
supplies-orders-no-match = Inga beställningar med den här statusen.
supplies-orders-all = Alla beställningar
supplies-choose-vendor = Välj en leverantör
supplies-choose-item = Välj en artikel
supplies-new-order = Ny beställning
supplies-add-line = Lägg till i beställningen
supplies-order-drafted = Förberedd { $date } av { $name }
supplies-order-sent = Skickad { $date } av { $name }
supplies-order-received = Mottagen { $date } av { $name }
supplies-mark-sent = Markera som skickad
supplies-mark-received = Markera som mottagen
supplies-remove-draft = Ta bort utkast
supplies-remove-draft-confirm = Ta bort det här beställningsutkastet?
order-status-draft = Utkast
order-status-sent = Skickad
order-status-received = Mottagen
