# Handover — es: team

team-title = Equipo
team-nav = Mesa del equipo
team-nav-board = Tablero
team-nav-list = Lista
team-nav-members = Miembros
team-nav-new = Nueva tarea

## Tasks
task-status-todo = Pendiente
task-status-in-progress = En curso
task-status-blocked = Bloqueada
task-status-done = Hecha
priority-low = Baja
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
task-field-title = Título
task-field-description = Descripción
task-field-assignee = Responsable
task-field-due = Fecha límite
task-field-priority = Prioridad
task-field-blocked-reason = ¿Por qué está bloqueada?
task-field-client = Cliente
task-field-comment = Comentario
task-new-title = Nueva tarea
task-unassigned = Sin asignar
task-no-client = Sin cliente
task-client-gone = Cliente eliminado
task-due = Vence el { $day }
task-no-due = Sin fecha límite
task-no-description = Sin descripción.
task-overdue = Vencida
task-stalled = Estancada
task-delete = Eliminar tarea
task-delete-confirm = ¿Eliminar la tarea «{ $title }» y sus comentarios?
task-not-found = Esta tarea no existe. Puede que se haya eliminado en otro dispositivo.
task-back = Volver al tablero

## Board
board-help = Arrastra una tarjeta a otra columna o usa su lista «Mover a».
board-column-empty = No hay tareas aquí. Añade una con «Nueva tarea», o mueve una tarjeta aquí.
list-shown = Se muestran { $shown } de { $total }
list-show-more = Mostrar { $count } más
board-move-to = Mover a
board-move-choose = Elige una columna…
board-block = Marcar como bloqueada
board-moved = «{ $title }» se ha movido a { $status }.

## Task list
tasks-title = Tareas
tasks-filters = Filtros
tasks-filter-everyone = Todos
tasks-filter-all = Todos los estados
tasks-filter-any-client = Cualquier cliente
tasks-filter-overdue = Solo vencidas
tasks-filter-stalled = Solo estancadas
tasks-empty = Aún no hay tareas. Crea la primera con «Nueva tarea».
tasks-no-match = Ninguna tarea coincide con estos filtros.
tasks-count = { $count ->
    [one] { $count } tarea
   *[other] { $count } tareas
}

## Comments
comments-title = Comentarios
comments-empty = Aún no hay comentarios. Haz una pregunta o deja una nota aquí.
comments-add = Añadir comentario
comment-by = { $name }, { $when }

## Members
members-title = Miembros
members-back = Todos los miembros
members-workload = Carga de trabajo
members-workload-help = La carga cuenta las tareas abiertas; la parte roja de cada barra son las vencidas.
members-load = { $open } abiertas · { $overdue } vencidas
member-field-active = Activo
member-active = Activo
member-inactive = Inactivo
member-active-label = Miembro activo (se le pueden asignar tareas)
member-role-locked = Solo el CEO o el asistente de operaciones pueden cambiar los roles.
member-not-found = Este miembro no existe.
member-open-tasks = Tareas abiertas
member-no-tasks = No tiene tareas abiertas. Asígnale una con «Nueva tarea» en el escritorio del Equipo.
