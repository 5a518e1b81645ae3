nav-export = Exportar
nav-import = Importar
export-title = Exportar
export-intro = Lleva tus registros a donde quieras: todo en un archivo legible, o un área cada vez para una hoja de cálculo.
export-to-import = Importar desde CSV
export-failed = No se pudo descargar el archivo. Inténtalo de nuevo.
export-json-title = Todo, en JSON
export-json-team = Un archivo con todos los registros de este dispositivo, agrupados por tipo y con nombres de campo legibles: para guardarlo o para otra herramienta.
export-json-leadership = Un archivo con todos los registros de este dispositivo, agrupados por tipo y con nombres de campo legibles. Incluye los registros de la dirección (escalados, crisis, traspasos, notas sobre personas): guárdalo en un lugar seguro.
export-json = Descargar JSON
export-csv-title = Un área en CSV
export-csv-help = Un archivo de hoja de cálculo por área, con las personas y los clientes por su nombre y las horas en tu zona horaria. El informe de crisis y el resumen de regreso siguen en Markdown en sus áreas; los gastos tienen su archivo para el contable en el área de gastos.
export-desk-clients = Clientes
export-desk-contacts = Contactos
export-desk-tasks = Tareas
export-desk-messages = Mensajes
export-desk-meetings = Reuniones
export-desk-visitors = Visitas
export-desk-documents = Documentos
export-desk-supplies = Suministros
import-title = Importar desde CSV
import-intro = Trae clientes, contactos o tareas de ClickUp, Airtable o una hoja de cálculo. No se guarda nada hasta que eliges Importar; las filas con problemas se dejan fuera y se muestran, y las filas importadas antes se omiten.
import-to-export = Exportar
import-target = Importar como
import-target-tasks = Tareas
import-target-clients = Clientes
import-target-contacts = Contactos de clientes existentes
import-file = Archivo CSV
import-file-help = Separado por comas, puntos y comas o tabuladores, como lo guardan ClickUp, Airtable y Excel.
import-error-empty = Este archivo no tiene filas que importar: necesita una fila de encabezado y al menos una fila debajo.
import-error-too-many-rows = Este archivo tiene más de { $max } filas. Divídelo en archivos más pequeños e impórtalos uno a uno.
import-error-unreadable = No se pudo leer este archivo como CSV (fila { $row }).
import-columns = Columnas
import-columns-help = Cada columna del archivo rellena el campo que tiene al lado. Las columnas que la aplicación reconoce ya están asignadas; puedes cambiar cualquiera o dejar una columna fuera.
import-column = Columna
import-example = Primera fila
import-field = Se importa como
import-column-field = Campo para la columna «{ $column }»
import-leave-out = Dejar fuera
import-field-source_id = Id en la otra herramienta
import-field-title = Título
import-field-name = Nombre
import-field-description = Descripción
import-field-company = Empresa
import-field-status = Estado
import-field-priority = Prioridad
import-field-due_on = Fecha límite
import-field-assignee = Asignada a
import-field-owner = Responsable
import-field-client_id = Cliente
import-field-blocked_reason = Motivo del bloqueo
import-field-notes = Notas
import-field-contact_name = Nombre del contacto
import-field-role = Cargo
import-field-email = Correo electrónico
import-field-phone = Teléfono
import-preview = Vista previa
import-counts = { $new ->
    [one] Se importará 1 fila
   *[other] Se importarán { $new } filas
}, { $bad ->
    [one] 1 fila tiene problemas
   *[other] { $bad } filas tienen problemas
}, { $skipped } omitidas (importadas antes o repetidas).
import-row-number = Fila
import-result = Resultado
import-result-new = Se importará
import-result-bad = Tiene problemas
import-result-imported = Importada antes
import-result-repeat = Igual que la fila { $row }
import-problems = Filas con problemas (no se importan)
import-row = Fila { $row }
import-run = { $count ->
    [0] Nada nuevo que importar
    [one] Importar 1 fila
   *[other] Importar { $count } filas
}
import-done-tasks = { $count ->
    [0] No se ha importado nada nuevo.
    [one] Se ha importado 1 tarea.
   *[other] Se han importado { $count } tareas.
}
import-done-clients = { $count ->
    [0] No se ha importado nada nuevo.
    [one] Se ha importado 1 cliente.
   *[other] Se han importado { $count } clientes.
}
import-done-contacts = { $count ->
    [0] No se ha importado nada nuevo.
    [one] Se ha importado 1 contacto.
   *[other] Se han importado { $count } contactos.
}
import-open-team = Ir al tablero del equipo
import-open-clients = Ir a los clientes
import-failed = No se ha importado nada: { $reason }
import-unknown-person = no hay ningún miembro activo que se llame «{ $value }»
import-unknown-client = no hay ningún cliente que se llame «{ $value }»
import-unknown-value = «{ $value }» no es ninguna de las opciones
import-invalid-day = «{ $value }» no es una fecha que la aplicación pueda leer (escríbela como 2026-03-30)
import-more-problems = …y { $count } filas más con problemas.
