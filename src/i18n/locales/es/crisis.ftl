# Handover — es: crisis

crisis-title = Registro de crisis
crisis-intro = Constancia de lo que se hizo, se decidió y se dijo durante una crisis. Las anotaciones nunca se modifican: los errores se subsanan con una corrección.
crisis-leadership-only = El registro de crisis solo se guarda en los dispositivos del director general y del asistente de operaciones.
crisis-declare = Declarar una crisis
crisis-declare-save = Declarar la crisis
crisis-empty = No hay crisis. Declare una cuando algo vaya realmente mal y anote cada paso sobre la marcha.
crisis-not-found = Esta crisis no existe en este dispositivo.
crisis-back = Volver al registro de crisis
crisis-back-to-crisis = Volver a la crisis
crisis-field-title = Título
crisis-field-severity = Gravedad
crisis-field-text = Qué ocurrió
crisis-field-correction = La corrección
crisis-field-resolution = Cómo se resolvió la crisis
crisis-status-open = Abierta
crisis-status-closed = Cerrada
crisis-declared = Declarada por { $name }, { $when }
crisis-entry-count = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
severity-low = Baja
severity-moderate = Moderada
severity-high = Alta
severity-critical = Crítica
crisis-entry-action = Acción
crisis-entry-decision = Decisión
crisis-entry-to-client = Comunicación a un cliente
crisis-entry-to-team = Comunicación al equipo
crisis-entry-to-external = Comunicación a una parte externa
crisis-entry-note = Nota

## The timeline
crisis-timeline = Cronología
crisis-timeline-empty = Todavía no hay nada anotado.
crisis-add-entry = Añadir una anotación
crisis-entry-save = Añadir a la cronología
crisis-correct = Corregir
crisis-correct-save = Añadir la corrección
crisis-correct-gone = La anotación que quiere corregir ya no existe.
crisis-corrects = Corrige la anotación de { $when }
crisis-corrected-by = Corregida por la anotación de { $when }
crisis-change = Cambio
crisis-other-tool = otra herramienta
crisis-changed-after = Esta anotación se modificó después de escribirse, por { $name } el { $when }.
crisis-removed = Una anotación escrita el { $written } fue eliminada por { $name } el { $when }.
crisis-integrity = Control de integridad
crisis-integrity-ok = { $count ->
    [one] La anotación está tal como se escribió.
   *[other] Las { $count } anotaciones están tal como se escribieron.
}
crisis-integrity-changed = { $count ->
    [one] 1 anotación se modificó después de escribirse.
   *[other] { $count } anotaciones se modificaron después de escribirse.
}

## Closing
crisis-resolution = Resolución
crisis-close-intro = Cuando la crisis haya pasado, describa cómo se resolvió y ciérrela. Una crisis cerrada no admite más anotaciones.
crisis-close = Cerrar la crisis
crisis-closed-by = Cerrada por { $name }, { $when }
crisis-still-open = La crisis sigue abierta.

## The report
crisis-report = Informe
crisis-print = Imprimir
crisis-download = Descargar Markdown
crisis-report-failed = El navegador no pudo imprimir ni descargar el informe.
crisis-report-summary = Resumen
crisis-report-severity = Gravedad: { $severity }
crisis-report-status-open = Estado: abierta
crisis-report-status-closed = Estado: cerrada
crisis-report-entry = { $kind } — { $name }, { $when }
