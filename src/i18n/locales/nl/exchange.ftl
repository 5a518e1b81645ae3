nav-export = Exporteren
nav-import = Importeren
export-title = Exporteren
export-intro = Neem je gegevens overal mee naartoe: alles in één leesbaar bestand, of per onderdeel voor een spreadsheet.
export-to-import = Importeren uit CSV
export-failed = Het bestand kon niet worden gedownload. Probeer het opnieuw.
export-json-title = Alles, als JSON
export-json-team = Eén bestand met alle gegevens op dit apparaat, per soort gegroepeerd en met leesbare veldnamen: om te bewaren of voor een ander programma.
export-json-leadership = Eén bestand met alle gegevens op dit apparaat, per soort gegroepeerd en met leesbare veldnamen. Het bevat ook de gegevens van de directie (escalaties, crises, overdrachten, notities over mensen): bewaar het veilig.
export-json = JSON downloaden
export-csv-title = Eén onderdeel als CSV
export-csv-help = Per onderdeel één spreadsheetbestand, met mensen en klanten op naam en tijden in jouw tijdzone. Het crisisrapport en de terugkeerbriefing blijven Markdown bij hun eigen onderdeel; voor de uitgaven staat het bestand voor de boekhouder bij Uitgaven.
export-desk-clients = Klanten
export-desk-contacts = Contactpersonen
export-desk-tasks = Taken
export-desk-messages = Berichten
export-desk-meetings = Vergaderingen
export-desk-visitors = Bezoekers
export-desk-documents = Documenten
export-desk-supplies = Voorraad
import-title = Importeren uit CSV
import-intro = Haal klanten, contactpersonen of taken binnen uit ClickUp, Airtable of een spreadsheet. Er wordt niets opgeslagen tot je op Importeren klikt; rijen met problemen worden overgeslagen en getoond, en eerder geïmporteerde rijen worden niet nog eens toegevoegd.
import-to-export = Exporteren
import-target = Importeren als
import-target-tasks = Taken
import-target-clients = Klanten
import-target-contacts = Contactpersonen van bestaande klanten
import-file = CSV-bestand
import-file-help = Gescheiden door komma’s, puntkomma’s of tabs, zoals ClickUp, Airtable en Excel het opslaan.
import-error-empty = Dit bestand heeft geen rijen om te importeren: er is een kopregel nodig en minstens één rij daaronder.
import-error-too-many-rows = Dit bestand heeft meer dan { $max } rijen. Splits het in kleinere bestanden en importeer die een voor een.
import-error-unreadable = Dit bestand kon niet als CSV worden gelezen (rij { $row }).
import-columns = Kolommen
import-columns-help = Elke kolom van het bestand vult het veld ernaast. Kolommen die de app herkent zijn al ingevuld; je kunt ze wijzigen of een kolom overslaan.
import-column = Kolom
import-example = Eerste rij
import-field = Importeren als
import-column-field = Veld voor de kolom ‘{ $column }’
import-leave-out = Overslaan
import-field-source_id = Id in het andere programma
import-field-title = Titel
import-field-name = Naam
import-field-description = Beschrijving
import-field-company = Bedrijf
import-field-status = Status
import-field-priority = Prioriteit
import-field-due_on = Deadline
import-field-assignee = Toegewezen aan
import-field-owner = Eigenaar
import-field-client_id = Klant
import-field-blocked_reason = Waarom geblokkeerd
import-field-notes = Notities
import-field-contact_name = Naam contactpersoon
import-field-role = Functie
import-field-email = E-mail
import-field-phone = Telefoon
import-preview = Voorbeeld
import-counts = { $new ->
    [one] 1 rij wordt geïmporteerd
   *[other] { $new } rijen worden geïmporteerd
}, { $bad ->
    [one] 1 rij heeft problemen
   *[other] { $bad } rijen hebben problemen
}, { $skipped } overgeslagen (eerder geïmporteerd of dubbel).
import-row-number = Rij
import-result = Resultaat
import-result-new = Wordt geïmporteerd
import-result-bad = Heeft problemen
import-result-imported = Eerder geïmporteerd
import-result-repeat = Gelijk aan rij { $row }
import-problems = Rijen met problemen (niet geïmporteerd)
import-row = Rij { $row }
import-run = { $count ->
    [0] Niets nieuws om te importeren
    [one] 1 rij importeren
   *[other] { $count } rijen importeren
}
import-done-tasks = { $count ->
    [0] Er is niets nieuws geïmporteerd.
    [one] 1 taak geïmporteerd.
   *[other] { $count } taken geïmporteerd.
}
import-done-clients = { $count ->
    [0] Er is niets nieuws geïmporteerd.
    [one] 1 klant geïmporteerd.
   *[other] { $count } klanten geïmporteerd.
}
import-done-contacts = { $count ->
    [0] Er is niets nieuws geïmporteerd.
    [one] 1 contactpersoon geïmporteerd.
   *[other] { $count } contactpersonen geïmporteerd.
}
import-open-team = Naar het takenbord
import-open-clients = Naar de klanten
import-failed = Er is niets geïmporteerd: { $reason }
import-unknown-person = er is geen actief teamlid dat ‘{ $value }’ heet
import-unknown-client = er is geen klant die ‘{ $value }’ heet
import-unknown-value = ‘{ $value }’ is geen van de keuzes
import-invalid-day = ‘{ $value }’ is geen datum die de app kan lezen (schrijf hem als 2026-03-30)
import-more-problems = …en nog { $count } rijen met problemen.
