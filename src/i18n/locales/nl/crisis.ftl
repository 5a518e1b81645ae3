# Handover — nl: crisis

crisis-title = Crisislogboek
crisis-intro = Een verslag van wat er tijdens een crisis is gedaan, besloten en gezegd. Regels worden nooit gewijzigd: een fout herstel je met een correctie.
crisis-leadership-only = Het crisislogboek staat alleen op de apparaten van de directeur en de operationeel assistent.
crisis-declare = Crisis uitroepen
crisis-declare-save = Crisis uitroepen
crisis-empty = Geen crises. Roep er een uit als er iets ernstig misgaat, en leg elke stap meteen vast.
crisis-not-found = Deze crisis bestaat niet op dit apparaat.
crisis-back = Terug naar het crisislogboek
crisis-back-to-crisis = Terug naar de crisis
crisis-field-title = Titel
crisis-field-severity = Ernst
crisis-field-text = Wat er gebeurde
crisis-field-correction = De correctie
crisis-field-resolution = Hoe de crisis is opgelost
crisis-status-open = Open
crisis-status-closed = Afgesloten
crisis-declared = Uitgeroepen door { $name }, { $when }
crisis-entry-count = { $count ->
    [one] { $count } regel
   *[other] { $count } regels
}
severity-low = Laag
severity-moderate = Gemiddeld
severity-high = Hoog
severity-critical = Kritiek
crisis-entry-action = Actie
crisis-entry-decision = Besluit
crisis-entry-to-client = Bericht aan een klant
crisis-entry-to-team = Bericht aan het team
crisis-entry-to-external = Bericht aan een externe partij
crisis-entry-note = Notitie

## The timeline
crisis-timeline = Tijdlijn
crisis-timeline-empty = Nog niets vastgelegd.
crisis-add-entry = Regel toevoegen
crisis-entry-save = Aan de tijdlijn toevoegen
crisis-correct = Corrigeren
crisis-correct-save = Correctie toevoegen
crisis-correct-gone = De regel die je wilt corrigeren is er niet meer.
crisis-corrects = Corrigeert de regel van { $when }
crisis-corrected-by = Gecorrigeerd door de regel van { $when }
crisis-change = Wijziging
crisis-other-tool = een ander programma
crisis-changed-after = Deze regel is gewijzigd nadat hij was geschreven, door { $name } op { $when }.
crisis-removed = Een regel geschreven op { $written } is verwijderd door { $name } op { $when }.
crisis-integrity = Controle op wijzigingen
crisis-integrity-ok = { $count ->
    [one] De regel is zoals hij is geschreven.
   *[other] Alle { $count } regels zijn zoals ze zijn geschreven.
}
crisis-integrity-changed = { $count ->
    [one] 1 regel is gewijzigd nadat hij was geschreven.
   *[other] { $count } regels zijn gewijzigd nadat ze waren geschreven.
}

## Closing
crisis-resolution = Afhandeling
crisis-close-intro = Is de crisis voorbij? Beschrijf hoe hij is opgelost en sluit hem af. Bij een afgesloten crisis kunnen geen regels meer bij.
crisis-close = Crisis afsluiten
crisis-closed-by = Afgesloten door { $name }, { $when }
crisis-still-open = De crisis is nog open.

## The report
crisis-report = Verslag
crisis-print = Afdrukken
crisis-download = Markdown downloaden
crisis-report-failed = De browser kon het verslag niet afdrukken of downloaden.
crisis-report-summary = Samenvatting
crisis-report-severity = Ernst: { $severity }
crisis-report-status-open = Status: open
crisis-report-status-closed = Status: afgesloten
crisis-report-entry = { $kind } — { $name }, { $when }
