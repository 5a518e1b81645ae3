nav-expenses = Utgifter
expenses-title = Handkassa och utgifter
expenses-intro = Vad som betalats, av vem och för vad, med kvittot att hitta det med. Summor per månad och kategori, och en CSV-fil till revisorn.
expenses-add = Lägg till en utgift
expenses-month = Månad
expenses-export = Exportera CSV till revisorn
expenses-download-failed = CSV-filen kunde inte laddas ner. Försök igen.
expenses-totals = Summor den här månaden
expenses-no-totals = Inget har lagts ut den här månaden ännu.
expenses-total = Summa
expenses-count = { $count ->
    [one] 1 utgift
   *[other] { $count } utgifter
}
expenses-empty = Inga utgifter ännu. När någon betalar något åt kontoret, välj ”Lägg till en utgift”.
expenses-none-in-month = Inga utgifter den här månaden. Välj en annan månad eller lägg till en.
expenses-field-day = Datum
expenses-field-amount = Belopp
expenses-amount-example = 12,50
expenses-field-currency = Valuta
expenses-field-category = Kategori
expenses-field-paid-by = Betalt av
expenses-choose-member = Välj vem som betalade
expenses-field-receipt = Kvittonummer
expenses-field-description = Beskrivning
expenses-save = Spara utgift
expenses-paid-by = betalt av { $name }
expenses-receipt = kvitto { $receipt }
expenses-approved-by = Godkänd av { $name }
expenses-approve = Godkänn
expenses-not-approved = Inte godkänd ännu
expense-category-office-supplies = Kontorsmaterial
expense-category-travel = Resor
expense-category-meals = Måltider
expense-category-postage = Porto
expense-category-cleaning = Städning
expense-category-events = Evenemang
expense-category-other = Övrigt
currency-EUR = EUR – euro
currency-USD = USD – amerikansk dollar
currency-GBP = GBP – brittiskt pund
currency-SEK = SEK – svensk krona
currency-CHF = CHF – schweizisk franc
currency-JPY = JPY – yen
error-invalid-amount = Skriv ett belopp som 12,50 eller 12.50 (siffror och ett decimaltecken).
error-not-above-zero = Skriv ett belopp över noll.
error-too-many-decimals = { $digits ->
    [0] Den här valutan har inga decimaler: skriv ett helt belopp.
    [one] Den här valutan har en decimal.
   *[other] Den här valutan har högst { $digits } decimaler, som 12,50.
}
