nav-expenses = Gastos
expenses-title = Caja chica y gastos
expenses-intro = Qué se pagó, quién y para qué, con el tique para encontrarlo. Totales por mes y categoría, y un archivo CSV para el contable.
expenses-add = Añadir un gasto
expenses-month = Mes
expenses-export = Exportar CSV para el contable
expenses-download-failed = No se pudo descargar el archivo CSV. Inténtalo de nuevo.
expenses-totals = Totales de este mes
expenses-no-totals = Aún no se ha gastado nada este mes.
expenses-total = Total
expenses-count = { $count ->
    [one] 1 gasto
   *[other] { $count } gastos
}
expenses-empty = Aún no hay gastos. Cuando alguien pague algo para la oficina, elige «Añadir un gasto».
expenses-none-in-month = No hay gastos en este mes. Elige otro mes o añade uno.
expenses-field-day = Fecha
expenses-field-amount = Importe
expenses-amount-example = 12,50
expenses-field-currency = Moneda
expenses-field-category = Categoría
expenses-field-paid-by = Pagado por
expenses-choose-member = Elige quién pagó
expenses-field-receipt = Referencia del tique
expenses-field-description = Descripción
expenses-save = Guardar gasto
expenses-paid-by = pagado por { $name }
expenses-receipt = tique { $receipt }
expenses-approved-by = Aprobado por { $name }
expenses-approve = Aprobar
expenses-not-approved = Aún sin aprobar
expense-category-office-supplies = Material de oficina
expense-category-travel = Viajes
expense-category-meals = Comidas
expense-category-postage = Correo
expense-category-cleaning = Limpieza
expense-category-events = Eventos
expense-category-other = Otros
currency-EUR = EUR – euro
currency-USD = USD – dólar estadounidense
currency-GBP = GBP – libra esterlina
currency-SEK = SEK – corona sueca
currency-CHF = CHF – franco suizo
currency-JPY = JPY – yen
error-invalid-amount = Escribe un importe como 12,50 o 12.50 (cifras y un solo separador decimal).
error-not-above-zero = Escribe un importe mayor que cero.
error-too-many-decimals = { $digits ->
    [0] Esta moneda no tiene decimales: escribe un importe entero.
    [one] Esta moneda tiene un decimal.
   *[other] Esta moneda tiene como máximo { $digits } decimales, como 12,50.
}
