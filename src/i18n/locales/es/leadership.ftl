# Handover — es: leadership

## Escalations
escalations-title = Escalados
escalations-intro = Inquietudes sobre un cliente o el equipo, elevadas al CEO y al asistente de operaciones.
escalations-leadership-only = Los escalados solo se guardan en los dispositivos del CEO y del asistente de operaciones.
escalations-raise-title = Escalar un asunto
escalations-escalate = Escalar
escalations-group = { $status } ({ $count })
escalations-group-empty = Ninguno.
escalations-open-empty = No hay escalados abiertos. Cuando una preocupación de un cliente necesite a la dirección, elige «Escalar un asunto», o escálala desde la página del cliente.
escalations-client-empty = No hay escalados sobre este cliente.
escalations-client-gone = Un cliente eliminado
escalations-team-matter = Asunto del equipo
escalations-field-client = Sobre
escalations-field-urgency = Urgencia
escalations-field-details = Detalles
escalations-acknowledge = Dar por recibido
escalations-resolve = Resolver
escalations-step-raised = Escalado por { $name }, { $when }
escalations-step-acknowledged = Recibido por { $name }, { $when }
escalations-step-resolved = Resuelto por { $name }, { $when }
escalation-status-open = Abierto
escalation-status-acknowledged = Recibido
escalation-status-resolved = Resuelto
urgency-low = Baja
urgency-normal = Normal
urgency-high = Alta
urgency-critical = Crítica

## Announcements
announcements-title = Avisos
announcements-unread = { $count ->
    [one] { $count } sin leer
   *[other] { $count } sin leer
}
announcements-all-read = Todo leído
announcements-empty = Todavía no hay avisos. La dirección publica aquí las noticias para todo el equipo con «Nuevo aviso» y ve quién las ha leído.
announcements-compose-title = Nuevo aviso
announcements-field-title = Título
announcements-field-body = Mensaje
announcements-post = Publicar aviso
announcements-posted = { $name }, { $when }
announcements-ack = Lo he leído
announcements-you-read = Lo leíste el { $when }.
announcements-read-count = { $read } de { $total } lo han leído
announcements-read-by = Leído
announcements-not-yet = Todavía no
announcements-reader = { $name }, { $when }
announcements-nobody-yet = Nadie todavía.
announcements-everyone-read = Todos lo han leído.

## Performance observations
observations-title = Observaciones de desempeño
observations-private = Privado
observations-help = Solo el CEO y el asistente de operaciones ven estas notas.
observations-empty = Todavía no hay observaciones. Anota lo que ves en el trabajo de esta persona, bueno o preocupante, con «Añadir observación», para que una evaluación se base en hechos.
observations-field-day = Fecha
observations-field-note = Nota
observations-add = Añadir observación
observations-by = { $name }, sobre el { $day }
observations-remove-confirm = ¿Eliminar esta observación? No se puede deshacer.
observation-kind-positive = Positiva
observation-kind-concern = Preocupación
