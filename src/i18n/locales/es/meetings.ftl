# Oficina: reuniones
nav-meetings = Reuniones
error-invalid-time = Introduce una hora, por ejemplo 09:30.
meetings-nav = Escritorio de reuniones
meetings-nav-calendar = Calendario
meetings-nav-new = Nueva reunión
meetings-title = Reuniones
meetings-views = Mostrar reuniones como
meetings-view-upcoming = Próximas
meetings-view-day = Día
meetings-view-week = Semana
meetings-previous = Anterior
meetings-today = Hoy
meetings-next = Siguiente
meetings-empty = Todavía no hay reuniones. Planifica la primera con «Nueva reunión»: una hora, un lugar y quién asiste.
meetings-upcoming-count = { $count ->
    [one] 1 próxima reunión
   *[other] { $count } próximas reuniones
}
meetings-none-upcoming = No hay reuniones próximas. Planifica una con «Nueva reunión» o consulta las vistas de día y semana.
meetings-none-this-day = Sin reuniones. Planifica una con «Nueva reunión».
meeting-attendee-count = { $count ->
    [0] sin asistentes
    [one] 1 asistente
   *[other] { $count } asistentes
}
meeting-attendee-gone = (ya no está en el espacio de trabajo)
meeting-new-title = Nueva reunión
meeting-field-title = Título
meeting-field-day = Fecha
meeting-field-time = Hora de inicio
meeting-field-duration = Duración (minutos)
meeting-field-place = Lugar o enlace de vídeo
meeting-place-hint = Sala, dirección o enlace https://…
meeting-field-attendees = Asistentes
meeting-no-attendees = Aún no hay nadie invitado. Elige personas abajo.
meeting-field-add-attendee = Añadir asistente
meeting-choose-attendee = Elige un miembro o un contacto de cliente…
meeting-remove-attendee = Quitar a { $name }
meeting-field-agenda = Orden del día (un punto por línea)
meeting-agenda = Orden del día
meeting-no-agenda = Aún no hay orden del día. Edita la reunión para añadir puntos.
meeting-clash-title = Doble reserva: aún no se ha guardado.
meeting-clash = { $name } ya tiene «{ $meeting }» el { $at }.
meeting-clash-change = Cambiar la reunión
meeting-clash-save-anyway = Guardar de todos modos
meeting-not-found = Esta reunión no existe (ya).
meeting-back = Volver a reuniones
meeting-delete = Eliminar reunión
meeting-delete-confirm = ¿Eliminar la reunión «{ $title }»? Sus tareas de seguimiento se quedan en el tablero.
meeting-download-ics = Descargar .ics
meeting-download-failed = No se pudo crear el archivo de calendario en este navegador.
meeting-no-place = Sin lugar indicado
meeting-minutes = Acta
meeting-field-minutes = Qué se trató y qué se decidió
meeting-save-minutes = Guardar acta
meeting-minutes-saved = Acta guardada.
meeting-follow-ups = Tareas de seguimiento
meeting-no-follow-ups = Aún no hay tareas de seguimiento. Añade una por cada acción del acta; va directa al tablero del equipo.
meeting-follow-up-title = Nueva tarea de seguimiento
meeting-add-follow-up = Añadir tarea de seguimiento
meeting-follow-up-from = Seguimiento de la reunión «{ $meeting }».
meeting-follow-up-gone = (tarea eliminada)
