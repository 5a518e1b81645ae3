# Handover — es: care

follow-ups-title = Seguimientos

cadence-daily = Actualización diaria
cadence-weekly = Actualización semanal
cadence-monday = El mensaje del lunes
cadence-custom = Intervalo propio

care-span-minutes = { $minutes } min
care-span-hours = { $hours } h { $minutes } min
care-span-days = { $days ->
    [one] 1 día
   *[other] { $days } días
} { $hours } h

care-due-today = Para hoy
care-overdue = { $days ->
    [one] 1 día de retraso
   *[other] { $days } días de retraso
}
care-upcoming = { $days ->
    [one] mañana
   *[other] dentro de { $days } días
}

care-nobody = Nadie en concreto
care-plan-title = Plan de seguimiento
care-plan-none = Todavía no hay plan de seguimiento. Crea uno para que este cliente sepa de ti con regularidad.
care-plan-set = Crear plan
care-plan-change = Cambiar plan
care-plan-remove = Eliminar plan
care-plan-save = Guardar plan
care-plan-summary = { $cadence } · { $channel } · responsable: { $name }
care-every-days = { $days ->
    [one] Cada día
   *[other] Cada { $days } días
}
care-next-due = Próximo seguimiento: { $day } ({ $state })
care-field-cadence = Frecuencia
care-field-every-days = Cada cuántos días
care-field-channel = Canal
care-field-responsible = Responsable
care-field-starts-on = A partir del

care-response-average = Tiempo medio de respuesta a las preguntas y quejas de este cliente: { $time }
care-response-overall = Tiempo medio de respuesta a preguntas y quejas: { $time }
care-response-none = Todavía no se ha respondido ninguna pregunta ni queja.

care-open = Abierta
care-answer = Responder
care-answer-save = Guardar respuesta
care-field-answer = Respuesta
care-field-answered-at = Respondida el
care-answered = Respondida por { $name } en { $time }

care-satisfaction-title = Satisfacción
care-at-risk = En riesgo
care-trend-label = Puntuaciones de la más antigua a la más reciente: { $scores }
care-score-average = Media de { $average } con { $count ->
    [one] 1 puntuación
   *[other] { $count } puntuaciones
}
care-scores-none = Todavía no hay puntuaciones. Después de una llamada o una entrega, pregunta al cliente lo satisfecho que está y registra aquí la puntuación.
care-field-score = Puntuación (1–5)
care-field-touchpoint = Sobre
care-touchpoint-none = Ningún contacto en concreto
care-touchpoint = { $kind }, { $when }: { $summary }
care-field-comment = Comentario
care-score-record = Registrar puntuación
care-risk-drop = La media de las últimas puntuaciones bajó de { $before } a { $recent }.
care-risk-complaint = { $days ->
    [0] Presentó una queja hoy.
    [one] Presentó una queja ayer.
   *[other] Presentó una queja hace { $days } días.
}

care-due-title = Para hoy y atrasados
care-due-empty = Hoy no hay nada pendiente. Todos los clientes han sabido de ti.
care-due-details = { $channel } · responsable: { $name } · previsto el { $day }
care-log-follow-up = Registrar seguimiento
care-log-follow-up-for = Registrar seguimiento con { $name }
care-log-save = Registrar
care-open-title = Preguntas y quejas abiertas
care-open-empty = No hay preguntas ni quejas abiertas.
care-waiting = Recibida el { $when } · esperando desde hace { $time }
care-at-risk-title = Clientes en riesgo
care-at-risk-empty = Ningún cliente está en riesgo.

care-thresholds-title = Umbrales
care-thresholds-intro = Cuándo un cliente se considera en riesgo y cuándo una tarea se considera estancada. Se aplican a todo el espacio de trabajo.
care-field-risk-window = Puntuaciones que se comparan
care-field-risk-drop = Bajada de la media que marca a un cliente
care-field-complaint-days = Días que una queja mantiene a un cliente en riesgo
care-field-stalled-days = Días sin cambios para que una tarea se considere estancada
care-thresholds-save = Guardar umbrales
care-thresholds-saved = Umbrales guardados.
care-scores-all = Todas las puntuaciones registradas
care-score-when = Cuándo
care-score-value = Puntuación
care-score-by = Registrada por
