# Oficina: personas sin dispositivo, departamentos, el registro de mensajes
nav-group-office = Oficina
nav-messages = Mensajes
person-add-title = Añadir una persona
person-add-help = Añade a alguien que trabaja aquí, con o sin dispositivo propio: puedes asignarle tareas y dejarle mensajes desde ya, e invitarle a usar la aplicación más adelante.
person-add = Añadir persona
field-department = Departamento
department-none = Sin departamento
departments-title = Departamentos
departments-empty = Aún no hay departamentos. Añade uno para dirigir mensajes a todo un equipo, como Finanzas o Recepción.
departments-people = { $count ->
    [one] 1 persona
   *[other] { $count } personas
}
department-name = Nuevo departamento
department-add = Añadir departamento
member-no-device = Todavía no usa la aplicación en ningún dispositivo. Invítale desde Ajustes → Sincronización cuando lo necesite.
invite-person = Para
invite-new-person = Una persona nueva
messages-title = Mensajes
messages-intro = Llamadas, correos y notas tomados para un compañero o un departamento.
messages-take = Tomar un mensaje
messages-show = Mostrar
messages-shown-mine = Para mí
messages-shown-open = Todos los abiertos
messages-shown-done = Hechos
messages-for-filter = Mensajes abiertos para { $name }
messages-found-one = Se muestra un mensaje encontrado con la búsqueda.
messages-clear-filter = Mostrar todos
messages-count = { $count ->
    [one] 1 mensaje
   *[other] { $count } mensajes
}
messages-empty = Aún no hay mensajes. Cuando alguien llame o pase por un compañero, elige «Tomar un mensaje».
messages-none-shown = No hay nada aquí. Elige «Todos los abiertos» para ver los mensajes de todos.
messages-department = { $name } (departamento)
messages-urgent-banner = { $count ->
    [one] Tienes 1 mensaje urgente esperando.
   *[other] Tienes { $count } mensajes urgentes esperando.
}
messages-by-recipient = Mensajes abiertos por persona
messages-none-open = No hay mensajes abiertos.
messages-open-for-you = { $count ->
    [one] 1 mensaje abierto para ti
   *[other] { $count } mensajes abiertos para ti
}
messages-for = para { $name }
messages-taken = { $when } · tomado por { $by } · { $channel }
messages-call-back = Devolver la llamada:
messages-done-by = Hecho por { $by } el { $when }
messages-mark-done = Hecho
messages-field-from = De
messages-field-organisation = Empresa
messages-field-for = Para
messages-choose-recipient = Elige una persona o un departamento
messages-field-channel = Llegó por
messages-field-urgency = Urgencia
messages-field-body = Mensaje
messages-field-call-back = Número para devolver la llamada
messages-save = Guardar mensaje
message-channel-phone = Teléfono
message-channel-email = Correo
message-channel-in-person = En persona
message-channel-note = Nota
message-urgency-normal = Normal
message-urgency-urgent = Urgente
