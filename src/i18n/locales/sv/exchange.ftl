nav-export = Exportera
nav-import = Importera
export-title = Exportera
export-intro = Ta med dina uppgifter vart du vill: allt i en läsbar fil, eller en del i taget för ett kalkylark.
export-to-import = Importera från CSV
export-failed = Filen kunde inte laddas ner. Försök igen.
export-json-title = Allt, som JSON
export-json-team = En fil med alla poster på den här enheten, grupperade efter slag och med läsbara fältnamn: att spara, eller för ett annat verktyg.
export-json-leadership = En fil med alla poster på den här enheten, grupperade efter slag och med läsbara fältnamn. Den innehåller även ledningens poster (eskaleringar, kriser, överlämningar, anteckningar om personer): förvara den säkert.
export-json = Ladda ner JSON
export-csv-title = En del som CSV
export-csv-help = En kalkylarksfil per del, med personer och kunder vid namn och tider i din tidszon. Krisrapporten och återkomstgenomgången förblir Markdown i sina delar; utgifterna har sin fil till revisorn under Utgifter.
export-desk-clients = Kunder
export-desk-contacts = Kontaktpersoner
export-desk-tasks = Uppgifter
export-desk-messages = Meddelanden
export-desk-meetings = Möten
export-desk-visitors = Besökare
export-desk-documents = Dokument
export-desk-supplies = Förråd
import-title = Importera från CSV
import-intro = Hämta kunder, kontaktpersoner eller uppgifter från ClickUp, Airtable eller ett kalkylark. Inget sparas förrän du väljer Importera; rader med problem lämnas utanför och listas, och rader som importerats tidigare hoppas över.
import-to-export = Exportera
import-target = Importera som
import-target-tasks = Uppgifter
import-target-clients = Kunder
import-target-contacts = Kontaktpersoner hos befintliga kunder
import-file = CSV-fil
import-file-help = Separerad med kommatecken, semikolon eller tabbar, så som ClickUp, Airtable och Excel sparar den.
import-error-empty = Den här filen har inga rader att importera: den behöver en rubrikrad och minst en rad under den.
import-error-too-many-rows = Den här filen har mer än { $max } rader. Dela upp den i mindre filer och importera dem en i taget.
import-error-unreadable = Den här filen kunde inte läsas som CSV (rad { $row }).
import-columns = Kolumner
import-columns-help = Varje kolumn i filen fyller fältet bredvid. Kolumner som appen känner igen är redan ifyllda; ändra vilken som helst eller lämna en kolumn utanför.
import-column = Kolumn
import-example = Första raden
import-field = Importeras som
import-column-field = Fält för kolumnen ”{ $column }”
import-leave-out = Lämna utanför
import-field-source_id = Id i det andra verktyget
import-field-title = Titel
import-field-name = Namn
import-field-description = Beskrivning
import-field-company = Företag
import-field-status = Status
import-field-priority = Prioritet
import-field-due_on = Förfallodag
import-field-assignee = Tilldelad
import-field-owner = Ansvarig
import-field-client_id = Kund
import-field-blocked_reason = Varför blockerad
import-field-notes = Anteckningar
import-field-contact_name = Kontaktpersonens namn
import-field-role = Roll
import-field-email = E-post
import-field-phone = Telefon
import-preview = Förhandsvisning
import-counts = { $new ->
    [one] 1 rad importeras
   *[other] { $new } rader importeras
}, { $bad ->
    [one] 1 rad har problem
   *[other] { $bad } rader har problem
}, { $skipped } hoppas över (importerade tidigare eller upprepade).
import-row-number = Rad
import-result = Resultat
import-result-new = Importeras
import-result-bad = Har problem
import-result-imported = Importerad tidigare
import-result-repeat = Samma som rad { $row }
import-problems = Rader med problem (importeras inte)
import-row = Rad { $row }
import-run = { $count ->
    [0] Inget nytt att importera
    [one] Importera 1 rad
   *[other] Importera { $count } rader
}
import-done-tasks = { $count ->
    [0] Inget nytt importerades.
    [one] 1 uppgift importerades.
   *[other] { $count } uppgifter importerades.
}
import-done-clients = { $count ->
    [0] Inget nytt importerades.
    [one] 1 kund importerades.
   *[other] { $count } kunder importerades.
}
import-done-contacts = { $count ->
    [0] Inget nytt importerades.
    [one] 1 kontaktperson importerades.
   *[other] { $count } kontaktpersoner importerades.
}
import-open-team = Till uppgiftstavlan
import-open-clients = Till kunderna
import-failed = Inget importerades: { $reason }
import-unknown-person = ingen aktiv medlem heter ”{ $value }”
import-unknown-client = ingen kund heter ”{ $value }”
import-unknown-value = ”{ $value }” är inte ett av valen
import-invalid-day = ”{ $value }” är inget datum som appen kan läsa (skriv det som 2026-03-30)
import-more-problems = …och { $count } rader till med problem.
