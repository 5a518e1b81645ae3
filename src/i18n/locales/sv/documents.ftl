# Kontoret: dokumentregistret
nav-documents = Dokument
documents-title = Dokument
documents-intro = Var kontorets avtal, policyer och andra dokument finns, vem som ansvarar för vart och ett och när det ska ses över.
documents-new = Registrera ett dokument
documents-filters = Filtrera registret
documents-search = Sök i titlar
documents-filter-all-kinds = Alla typer
documents-filter-anyone = Alla ansvariga
documents-filter-any-level = All sekretess
documents-count = { $count ->
    [one] 1 dokument
   *[other] { $count } dokument
}
documents-empty = Inga dokument är registrerade ännu. Välj ”Registrera ett dokument” och ange var det finns: ett skåp och en hylla, eller en webbadress.
documents-no-match = Inget dokument matchar filtren. Töm sökningen eller välj ”Alla typer”, ”Alla ansvariga” och ”All sekretess”.
documents-review-title = Dags för översyn
documents-review-due = Översyn krävs
documents-review-soon = Översyn snart
documents-review-on = Ses över { $day }
document-new-title = Registrera ett dokument
document-back = Tillbaka till registret
document-not-found = Dokumentet finns inte i registret. Det kan ha tagits bort eller gjorts konfidentiellt på en enhet i ledningen.
document-field-title = Titel
document-field-kind = Typ
document-field-owner = Ansvarig
document-choose-owner = Välj ansvarig
document-field-location = Var det finns
document-location-hint = Skåp B, hylla 2 — eller https://…
document-field-confidentiality = Sekretess
document-field-review = Översynsdatum
document-field-notes = Anteckningar
document-confidential-hint = Konfidentiella dokument visas bara på VD:ns och driftsassistentens enheter; resten av teamet får dem aldrig.
document-confidential-elsewhere = Bara VD:n eller driftsassistenten kan registrera ett konfidentiellt dokument.
document-no-review = Inget översynsdatum
document-registered-by = Registrerat av { $name } den { $when }
document-kind-contract = Avtal
document-kind-policy = Policy
document-kind-procedure = Rutin
document-kind-template = Mall
document-kind-report = Rapport
document-kind-certificate = Certifikat
document-kind-other = Övrigt
confidentiality-public = Offentlig
confidentiality-internal = Intern
confidentiality-confidential = Konfidentiell
error-invalid-link = En webbadress måste börja med http:// eller https:// och ange en webbplats. Skriv ut en plats i klartext, till exempel ”Skåp B, hylla 2”.
