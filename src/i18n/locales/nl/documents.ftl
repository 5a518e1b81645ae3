# Kantoor: het documentenregister
nav-documents = Documenten
documents-title = Documenten
documents-intro = Waar de contracten, het beleid en de andere documenten van het kantoor liggen, wie ze beheert en wanneer ze herzien moeten worden.
documents-new = Document registreren
documents-filters = Register filteren
documents-search = Zoeken in titels
documents-filter-all-kinds = Alle soorten
documents-filter-anyone = Elke eigenaar
documents-filter-any-level = Elke vertrouwelijkheid
documents-count = { $count ->
    [one] 1 document
   *[other] { $count } documenten
}
documents-empty = Er zijn nog geen documenten geregistreerd. Kies ‘Document registreren’ en geef aan waar het ligt: een kast en plank, of een webadres.
documents-no-match = Geen document past bij deze filters. Maak de zoekopdracht leeg of kies ‘Alle soorten’, ‘Elke eigenaar’ en ‘Elke vertrouwelijkheid’.
documents-review-title = Te herzien
documents-review-due = Herziening nodig
documents-review-soon = Binnenkort herzien
documents-review-on = Herzien op { $day }
document-new-title = Document registreren
document-back = Terug naar het register
document-not-found = Dit document staat niet in het register. Het is misschien verwijderd, of op een apparaat van de leiding vertrouwelijk gemaakt.
document-field-title = Titel
document-field-kind = Soort
document-field-owner = Eigenaar
document-choose-owner = Kies de eigenaar
document-field-location = Waar het ligt
document-location-hint = Kast B, plank 2 — of https://…
document-field-confidentiality = Vertrouwelijkheid
document-field-review = Herzieningsdatum
document-field-notes = Notities
document-confidential-hint = Vertrouwelijke documenten staan alleen op de apparaten van de CEO en de operationeel assistent; de rest van het team krijgt ze nooit.
document-confidential-elsewhere = Alleen de CEO of de operationeel assistent kan een vertrouwelijk document registreren.
document-no-review = Geen herzieningsdatum
document-registered-by = Geregistreerd door { $name } op { $when }
document-kind-contract = Contract
document-kind-policy = Beleid
document-kind-procedure = Procedure
document-kind-template = Sjabloon
document-kind-report = Rapport
document-kind-certificate = Certificaat
document-kind-other = Overig
confidentiality-public = Openbaar
confidentiality-internal = Intern
confidentiality-confidential = Vertrouwelijk
error-invalid-link = Een webadres moet beginnen met http:// of https:// en een site noemen. Schrijf een plaats voluit, zoals ‘Kast B, plank 2’.
