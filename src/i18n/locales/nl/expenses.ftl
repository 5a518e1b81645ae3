nav-expenses = Uitgaven
expenses-title = Kas en uitgaven
expenses-intro = Wat er betaald is, door wie en waarvoor, met het bonnetje om het terug te vinden. Totalen per maand en categorie, en een CSV-bestand voor de boekhouder.
expenses-add = Uitgave toevoegen
expenses-month = Maand
expenses-export = CSV exporteren voor de boekhouder
expenses-download-failed = Het CSV-bestand kon niet worden gedownload. Probeer het opnieuw.
expenses-totals = Totalen deze maand
expenses-no-totals = Deze maand is er nog niets uitgegeven.
expenses-total = Totaal
expenses-count = { $count ->
    [one] 1 uitgave
   *[other] { $count } uitgaven
}
expenses-empty = Nog geen uitgaven. Betaalt iemand iets voor kantoor, kies dan „Uitgave toevoegen”.
expenses-none-in-month = Geen uitgaven in deze maand. Kies een andere maand of voeg er een toe.
expenses-field-day = Datum
expenses-field-amount = Bedrag
expenses-amount-example = 12,50
expenses-field-currency = Valuta
expenses-field-category = Categorie
expenses-field-paid-by = Betaald door
expenses-choose-member = Kies wie betaalde
expenses-field-receipt = Bonnummer
expenses-field-description = Omschrijving
expenses-save = Uitgave opslaan
expenses-paid-by = betaald door { $name }
expenses-receipt = bon { $receipt }
expenses-approved-by = Goedgekeurd door { $name }
expenses-approve = Goedkeuren
expenses-not-approved = Nog niet goedgekeurd
expense-category-office-supplies = Kantoorartikelen
expense-category-travel = Reizen
expense-category-meals = Maaltijden
expense-category-postage = Porto
expense-category-cleaning = Schoonmaak
expense-category-events = Evenementen
expense-category-other = Overig
currency-EUR = EUR – euro
currency-USD = USD – Amerikaanse dollar
currency-GBP = GBP – Brits pond
currency-SEK = SEK – Zweedse kroon
currency-CHF = CHF – Zwitserse frank
currency-JPY = JPY – yen
error-invalid-amount = Vul een bedrag in zoals 12,50 of 12.50 (cijfers, één decimaalteken).
error-not-above-zero = Vul een bedrag boven nul in.
error-too-many-decimals = { $digits ->
    [0] Deze valuta heeft geen decimalen: vul een heel bedrag in.
    [one] Deze valuta heeft één decimaal.
   *[other] Deze valuta heeft hoogstens { $digits } decimalen, zoals 12,50.
}
