# Handover — es: improve, requests, conflicts

improvements-title = Mejorar
requests-title = Solicitudes
conflicts-title = Conflictos

## Requests

requests-intro = Registra lo que llega por correo, teléfono, en persona o por mensaje. Cada solicitud se deriva en el acto según la regla de su tipo.
requests-log-title = Registrar una solicitud
requests-log = Registrar solicitud
request-field-from = De quién
request-field-channel = Llegó por
request-field-kind = Tipo
request-field-asked = Qué se pide
request-kind-email = Correo
request-kind-calendar = Agenda
request-kind-client = Cliente
request-kind-supplies = Material
request-kind-facilities = Instalaciones
request-kind-other = Otro
request-channel-email = Correo
request-channel-phone = Teléfono
request-channel-in-person = En persona
request-channel-message = Mensaje
requests-open-title = Solicitudes abiertas
requests-filter-kind = Tipo
requests-filter-all-kinds = Todos los tipos
requests-filter-target = Derivada a
requests-filter-all-targets = Cualquiera
requests-filter-unrouted = Sin derivar
requests-empty = No hay solicitudes abiertas. Cuando alguien pida algo, anótalo con «Registrar solicitud»; una regla puede derivarlo a la persona adecuada.
requests-no-match = Ninguna solicitud abierta coincide con estos filtros.
requests-done-title = Atendidas
requests-done-empty = Todavía no hay solicitudes atendidas.
request-logged = Por { $channel }, registrada por { $name }, { $when }
request-referred-by-rule = Derivada a { $to } por regla, { $when }
request-referred-by = Derivada a { $to } por { $name }, { $when }
request-unrouted = Sin derivar: ninguna regla cubre este tipo.
request-done-by = Atendida por { $name }, { $when }
request-mark-done = Marcar como atendida
request-refer = Derivar
request-refer-elsewhere = Derivar a otra persona
request-refer-save = Derivar solicitud
route-executive-assistant = la asistencia de dirección
route-field-member = Derivar a un miembro del equipo
route-member-none = Otra persona (escribe un nombre)
route-field-name = Persona o departamento
route-field-name-placeholder = Por ejemplo: responsable de oficina

## Routing rules

rules-title = Reglas de derivación
rules-intro = Adónde va cada tipo de solicitud. Las de correo y agenda van a la asistencia de dirección, salvo que definas otra regla.
rules-unrouted = Sin regla todavía
rules-default = Predeterminada
rules-change = Cambiar
rules-remove = Quitar regla
rules-save = Guardar regla

## Improvements

improvements-intro = Cuellos de botella que detectas y propuestas para eliminarlos. El CEO o el asistente de operaciones decide sobre cada propuesta.
improvements-raise-title = Proponer una mejora
improvements-raise = Añadir propuesta
improvements-list-title = Propuestas
improvements-empty = Todavía no hay propuestas. Describe un cuello de botella y cómo eliminarlo.
improvement-field-problem = Problema o cuello de botella
improvement-field-proposal = Propuesta
improvement-field-effect = Efecto esperado
improvement-raised = Propuesta de { $name }, { $when }
improvement-decided = { $status } por { $name }, { $when }
improvement-approve = Aprobar
improvement-drop = Descartar
improvement-implement = Marcar como implantada
improvement-leadership-decides = El CEO o el asistente de operaciones decide sobre esta propuesta.
proposal-status-proposed = Propuesta
proposal-status-approved = Aprobada
proposal-status-implemented = Implantada
proposal-status-dropped = Descartada

## Hints

hints-title = Indicios en tus datos
hints-stall-title = Dónde se estancan más las tareas
hints-stall-explanation = Para cada estado, cuánto tiempo llevan en él las tareas abiertas desde su último cambio de estado: la media y el máximo.
hints-stall-empty = No hay tareas abiertas, así que nada está parado.
hints-stall-item = { $count ->
    [one] 1 tarea, { $average } (máximo { $longest })
   *[other] { $count } tareas, de media { $average } (máximo { $longest })
}
hints-follow-ups-title = Clientes que más esperan un seguimiento
hints-follow-ups-explanation = Clientes cuyo día de seguimiento previsto ya pasó sin llamada, correo, reunión ni mensaje desde entonces, primero los más atrasados.
hints-follow-ups-empty = No hay seguimientos atrasados.
hints-follow-ups-item = { $days ->
    [one] 1 día de retraso (previsto el { $due })
   *[other] { $days } días de retraso (previsto el { $due })
}
hints-unknown-client = Cliente desconocido
hints-late-steps-title = Pasos de incorporación que más se retrasan
hints-late-steps-explanation = Pasos de incorporación completados después de su fecha límite, o aún abiertos pasada esta, contados por paso.
hints-late-steps-empty = Ningún paso de incorporación se ha retrasado.
hints-late-steps-item = { $count ->
    [one] con retraso una vez
   *[other] con retraso { $count } veces
} ({ $done } completados tarde, { $open } vencidos ahora)

## Conflicts

conflicts-intro = Desacuerdos entre miembros del equipo o con clientes: notas de mediación, escalado al CEO y cómo se resolvió cada uno.
conflicts-leadership-only = Los casos de conflicto son solo para el CEO y el asistente de operaciones.
conflicts-open = Abrir un caso
conflicts-open-save = Abrir caso
conflicts-empty = No hay casos de conflicto. Cuando un desacuerdo con un cliente o entre compañeros necesite seguimiento, elige «Abrir un caso».
conflicts-back = Todos los casos de conflicto
conflict-title = Caso de conflicto
conflict-not-found = Este caso no existe. Puede que se haya eliminado en otro dispositivo.
conflict-field-parties = Partes
conflict-field-description = Qué ha pasado
conflict-party-choose = Elige un miembro o un cliente
conflict-party-members = Miembros del equipo
conflict-party-clients = Clientes
conflict-party-add = Añadir parte
conflict-party-remove = Quitar a { $name }
party-kind-member = Miembro del equipo
party-kind-client = Cliente
conflict-parties = Partes: { $names }
conflict-opened = Abierto por { $name }, { $when }
conflict-note-count = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
conflict-open = Abierto
conflict-resolved = Resuelto
conflict-escalated = Escalado al CEO
conflict-escalate = Escalar al CEO
conflict-escalated-by = Escalado al CEO por { $name }, { $when }
conflict-notes-title = Notas de mediación
conflict-notes-empty = Todavía no hay notas. Añade una nota después de cada conversación o paso hacia una solución.
conflict-field-note = Nota
conflict-add-note = Añadir nota
conflict-note-by = { $name }, { $when }
conflict-resolution-title = Resolución
conflict-field-resolution = Cómo se resolvió
conflict-resolve = Resolver caso
conflict-resolved-by = Resuelto por { $name }, { $when }
