nav-today = Hoy
today-title = Hoy
today-due-title = Para hoy
today-reading = Leyendo la lista de hoy…
today-filter-kind = Mostrar
today-filter-all = Todo
today-due-count = { $count ->
    [one] 1 cosa por hacer
   *[other] { $count } cosas por hacer
}
today-due-empty = Hoy no vence nada. Las tareas, seguimientos, mensajes y reuniones nuevos aparecen aquí el día en que vencen.
today-due-no-match = Hoy no vence nada de este tipo.
today-overdue-count = { $count } atrasados
today-due-today = Hoy
today-overdue = { $days ->
    [one] 1 día de retraso
   *[other] { $days } días de retraso
}
today-urgent = Urgente
due-kind-message = Mensaje
due-kind-visitor = Visita
due-kind-meeting = Reunión
due-kind-follow-up = Seguimiento
due-kind-task = Tarea
due-kind-onboarding-step = Incorporación
due-kind-offboarding-step = Baja
due-kind-document-review = Revisión de documento
due-kind-reorder = Volver a pedir
today-leadership-title = Para la dirección
today-escalations = { $count ->
    [0] Ninguna escalada abierta
    [one] 1 escalada abierta
   *[other] { $count } escaladas abiertas
}
today-crises = { $count ->
    [0] Ninguna crisis abierta
    [one] 1 crisis abierta
   *[other] { $count } crisis abiertas
}
today-conflicts = { $count ->
    [0] Ningún conflicto abierto
    [one] 1 conflicto abierto
   *[other] { $count } conflictos abiertos
}
today-handover-acting = { $name } actúa como CEO hasta el { $until }.
today-handover-none = No hay ningún traspaso en curso: la persona CEO está presente.
today-handover-open = Abrir el traspaso
today-handover-start = Planificar un traspaso
metrics-title = Cómo vamos
metrics-intro = Las últimas doce semanas, semana a semana.
metrics-week = Semana del
metrics-satisfaction = Satisfacción de los clientes
metrics-satisfaction-explanation = La puntuación media de satisfacción registrada cada semana (de 1 a 5).
metrics-satisfaction-figure = { $average } de media con { $count ->
    [one] 1 puntuación
   *[other] { $count } puntuaciones
}, { $trend }
metrics-trend-rising = al alza
metrics-trend-falling = a la baja
metrics-trend-steady = estable
metrics-trend-unknown = aún es pronto para ver una tendencia
metrics-no-scores = No se registraron puntuaciones en estas semanas.
metrics-no-data = Sin datos
metrics-average = Media
metrics-responsiveness = Capacidad de respuesta
metrics-responsiveness-explanation = Preguntas y quejas de clientes respondidas cada semana, y cuánto esperaron los clientes (mediana).
metrics-responsiveness-figure = { $count } respondidas, los clientes esperaron { $median } (mediana)
metrics-responsiveness-week = { $count } respondidas, mediana { $median }
metrics-no-answers = No se respondió ninguna pregunta en estas semanas.
metrics-answered = Respondidas
metrics-tasks = Tareas a tiempo
metrics-tasks-explanation = De las tareas con fecha límite terminadas cada semana, la parte terminada a tiempo.
metrics-steps = Incorporaciones y bajas a tiempo
metrics-steps-explanation = De los pasos de las listas de clientes completados cada semana, la parte completada a tiempo.
metrics-on-time-week = { $percent } % de { $total }
metrics-none-finished = En estas semanas no se terminó nada con fecha límite.
metrics-on-time = A tiempo
nav-goals = Objetivos y valores
goals-title = Objetivos y valores
goals-intro = Hacia dónde va la empresa y cómo trabaja. Las tareas y propuestas pueden indicar el objetivo al que sirven; quien actúa como CEO decide según ellos.
goals-goals = Objetivos
goals-values = Valores
goals-archived = Apartados
goals-goals-empty = Aún no hay objetivos. La dirección añade las pocas metas hacia las que trabaja la empresa, como «Conseguir cinco hoteles como clientes»; después, tareas y propuestas pueden indicar el objetivo al que sirven.
goals-values-empty = Aún no hay valores. La dirección añade los valores con los que decide el equipo, como «Primero el cliente».
goals-empty-today = La dirección aún no ha fijado objetivos. Fíjalos en Objetivos y valores para que el trabajo del equipo pueda indicar a qué objetivo sirve.
goals-open = Objetivos y valores
goals-add = Añadir
goals-archive = Apartar
goals-restore = Recuperar
goals-none = Ningún objetivo en concreto
goals-field-kind = Tipo
goals-field-title = Título
goals-field-description = Qué significa
goals-field-serves = Sirve al objetivo
goals-field-decided-by = Decidido según objetivo o valor
goals-work = { $open } abiertas, { $done } hechas
goal-kind-goal = Objetivo
goal-kind-value = Valor
reminders-tab-title = ({ $count }) { $name }
reminders-turn-on = Activar recordatorios
reminders-on = Los recordatorios están activos mientras la aplicación esté abierta.
reminders-blocked = Este navegador no muestra recordatorios (bloqueados en su configuración o no compatibles).
reminders-meeting = Dentro de 10 minutos: { $title }
reminders-urgent-message = Mensaje urgente de { $title }
reminders-message = Mensaje de { $title }
reminders-due = { $kind } pendiente: { $title }
reminders-body = Abre Handover para ocuparte de ello.
