nav-expenses = Expenses
expenses-title = Petty cash and expenses
expenses-intro = What was paid, by whom and for what, with the receipt to find it by. Totals per month and category, and a CSV file for the accountant.
expenses-add = Add an expense
expenses-month = Month
expenses-export = Export CSV for the accountant
expenses-download-failed = The CSV file could not be downloaded. Try again.
expenses-totals = Totals this month
expenses-no-totals = Nothing was spent this month yet.
expenses-total = Total
expenses-count = { $count ->
    [one] 1 expense
   *[other] { $count } expenses
}
expenses-empty = No expenses yet. When someone pays for something for the office, choose “Add an expense”.
expenses-none-in-month = No expenses in this month. Choose another month or add one.
expenses-field-day = Date
expenses-field-amount = Amount
expenses-amount-example = 12.50
expenses-field-currency = Currency
expenses-field-category = Category
expenses-field-paid-by = Paid by
expenses-choose-member = Choose who paid
expenses-field-receipt = Receipt reference
expenses-field-description = Description
expenses-save = Save expense
expenses-paid-by = paid by { $name }
expenses-receipt = receipt { $receipt }
expenses-approved-by = Approved by { $name }
expenses-approve = Approve
expenses-not-approved = Not approved yet
expense-category-office-supplies = Office supplies
expense-category-travel = Travel
expense-category-meals = Meals
expense-category-postage = Postage
expense-category-cleaning = Cleaning
expense-category-events = Events
expense-category-other = Other
currency-EUR = EUR – euro
currency-USD = USD – US dollar
currency-GBP = GBP – pound sterling
currency-SEK = SEK – Swedish krona
currency-CHF = CHF – Swiss franc
currency-JPY = JPY – yen
error-invalid-amount = Enter an amount such as 12.50 or 12,50 (digits, one decimal separator).
error-not-above-zero = Enter an amount above zero.
error-too-many-decimals = { $digits ->
    [0] This currency has no decimals: enter a whole amount.
    [one] This currency has one decimal.
   *[other] This currency has at most { $digits } decimals, such as 12.50.
}
