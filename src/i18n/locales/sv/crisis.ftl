# Handover — sv: crisis

crisis-title = Krislogg
crisis-intro = En redogörelse för vad som gjordes, beslutades och sades under en kris. Anteckningar ändras aldrig: fel rättas med en rättelse.
crisis-leadership-only = Krisloggen finns bara på vd:ns och verksamhetsassistentens enheter.
crisis-declare = Utlys en kris
crisis-declare-save = Utlys krisen
crisis-empty = Inga kriser. Utlys en när något går allvarligt fel, och logga varje steg medan du arbetar.
crisis-not-found = Den här krisen finns inte på den här enheten.
crisis-back = Tillbaka till krisloggen
crisis-back-to-crisis = Tillbaka till krisen
crisis-field-title = Rubrik
crisis-field-severity = Allvarlighetsgrad
crisis-field-text = Vad som hände
crisis-field-correction = Rättelsen
crisis-field-resolution = Hur krisen löstes
crisis-status-open = Pågår
crisis-status-closed = Avslutad
crisis-declared = Utlyst av { $name }, { $when }
crisis-entry-count = { $count ->
    [one] { $count } anteckning
   *[other] { $count } anteckningar
}
severity-low = Låg
severity-moderate = Måttlig
severity-high = Hög
severity-critical = Kritisk
crisis-entry-action = Åtgärd
crisis-entry-decision = Beslut
crisis-entry-to-client = Meddelande till en kund
crisis-entry-to-team = Meddelande till teamet
crisis-entry-to-external = Meddelande till en extern part
crisis-entry-note = Anteckning

## The timeline
crisis-timeline = Tidslinje
crisis-timeline-empty = Inget loggat ännu.
crisis-add-entry = Lägg till en anteckning
crisis-entry-save = Lägg till i tidslinjen
crisis-correct = Rätta
crisis-correct-save = Lägg till rättelsen
crisis-correct-gone = Anteckningen som ska rättas finns inte längre.
crisis-corrects = Rättar anteckningen från { $when }
crisis-corrected-by = Rättad av anteckningen från { $when }
crisis-change = Ändring
crisis-other-tool = ett annat verktyg
crisis-changed-after = Anteckningen ändrades efter att den skrevs, av { $name } { $when }.
crisis-removed = En anteckning skriven { $written } togs bort av { $name } { $when }.
crisis-integrity = Ändringskontroll
crisis-integrity-ok = { $count ->
    [one] Anteckningen är som den skrevs.
   *[other] Alla { $count } anteckningar är som de skrevs.
}
crisis-integrity-changed = { $count ->
    [one] 1 anteckning ändrades efter att den skrevs.
   *[other] { $count } anteckningar ändrades efter att de skrevs.
}

## Closing
crisis-resolution = Lösning
crisis-close-intro = När krisen är över beskriver du hur den löstes och avslutar den. En avslutad kris tar inte emot fler anteckningar.
crisis-close = Avsluta krisen
crisis-closed-by = Avslutad av { $name }, { $when }
crisis-still-open = Krisen pågår fortfarande.

## The report
crisis-report = Rapport
crisis-print = Skriv ut
crisis-download = Ladda ner Markdown
crisis-report-failed = Webbläsaren kunde inte skriva ut eller ladda ner rapporten.
crisis-report-summary = Sammanfattning
crisis-report-severity = Allvarlighetsgrad: { $severity }
crisis-report-status-open = Status: pågår
crisis-report-status-closed = Status: avslutad
crisis-report-entry = { $kind } — { $name }, { $when }
