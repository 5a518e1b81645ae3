# Handover — es: handover

handover-title = Traspaso
handover-intro = Deja la empresa en manos del CEO en funciones mientras estás fuera, lleva un registro de decisiones y consulta a la vuelta qué ha cambiado.
handover-leadership-only = Los traspasos solo se guardan en los dispositivos del CEO y del asistente de operaciones.
handover-none = No hay ningún traspaso en curso.
handover-banner = { $name } es CEO en funciones hasta el { $until }
handover-banner-link = Abrir el traspaso
handover-emergency-badge = Emergencia
handover-emergency-notice = Traspaso de emergencia: { $name } se hizo cargo mientras no se te podía localizar.
handover-emergency-open = Leer el traspaso
handover-start-title = Iniciar un traspaso
handover-start-intro = El dispositivo de todos mostrará quién está en funciones hasta tu vuelta. Solo el CEO y el asistente de operaciones ven los detalles.
handover-start-submit = Iniciar el traspaso
handover-emergency-title = Traspaso de emergencia
handover-emergency-intro = Si no se puede localizar al CEO, puedes asumir tú mismo el cargo de CEO en funciones. El CEO lo verá primero cuando vuelva.
handover-emergency-begin = Iniciar un traspaso de emergencia
handover-emergency-acting = { $name } será el CEO en funciones.
handover-emergency-submit = Asumir como CEO en funciones
handover-emergency-started = Iniciado por { $name } el { $time }:
handover-field-reason = Por qué no se puede localizar al CEO
handover-field-away-from = Ausente desde
handover-field-expected-back = Vuelta prevista
handover-field-acting = CEO en funciones
handover-field-acting-choose = Elige una persona
handover-field-priorities = Prioridades
handover-field-delegated = Decisiones delegadas
handover-field-do-not-touch = Qué no tocar
handover-field-contacts = Contactos en caso de emergencia
handover-already-running = Ya hay un traspaso en curso. Finalízalo antes de iniciar otro.
handover-no-ceo = No hay ningún CEO activo en el espacio de trabajo para quien hacer el traspaso.
handover-summary = { $acting } es CEO en funciones en lugar de { $ceo }
handover-summary-ended = { $acting } fue CEO en funciones en lugar de { $ceo }
handover-period = Ausente desde el { $from }, vuelta prevista el { $back }
handover-not-given = No se ha anotado nada.
handover-briefing-so-far = Ver lo que ha cambiado hasta ahora
handover-acknowledge-text = Este traspaso se inició en una emergencia mientras no se te podía localizar. Léelo y después confírmalo.
handover-acknowledge = Lo he leído
handover-decisions-title = Registro de decisiones
handover-decisions-empty = Aún no se ha registrado ninguna decisión. Registra cada decisión tomada durante la suplencia, con su motivo, con «Registrar la decisión».
handover-decisions-count = { $count ->
    [one] 1 decisión
   *[other] { $count } decisiones
}
handover-decision-by = { $name }, { $time }
handover-field-decision = Decisión
handover-field-decision-reason = Motivo
handover-field-alternatives = Alternativas consideradas
handover-field-informed = A quién se informó
handover-decision-submit = Registrar la decisión
handover-end-title = Finalizar el traspaso
handover-end-intro = Bienvenido de nuevo. Escribe una breve valoración del periodo en funciones; después el aviso desaparece de todos los dispositivos.
handover-field-went-well = Qué salió bien
handover-field-to-change = Qué cambiar la próxima vez
handover-end-submit = Finalizar el traspaso
handover-ended-title = El traspaso ha finalizado
handover-ended-text = Tu resumen de regreso recoge todo lo que cambió mientras estabas fuera.
handover-read-briefing = Leer el resumen de regreso
handover-past-title = Traspasos anteriores
handover-past-empty = Todavía no ha finalizado ningún traspaso.
handover-review-title = Valoración
handover-review-by = Valorado por { $name } el { $time }
handover-what-was-left = Qué se traspasó

briefing-title = Resumen de regreso
briefing-intro = Todo lo que ha cambiado en los registros desde que empezó el traspaso, en todos los dispositivos, sacado del propio historial.
briefing-preparing = Preparando el resumen…
briefing-back = Volver al traspaso
briefing-not-found = Este traspaso no está en este dispositivo.
briefing-download = Descargar en Markdown
briefing-download-failed = No se ha podido descargar el resumen. Inténtalo de nuevo.
briefing-period = { $acting } fue CEO en funciones desde el { $from }, con vuelta prevista el { $back }.
briefing-total = { $count ->
    [one] 1 cambio desde que empezó el traspaso
   *[other] { $count } cambios desde que empezó el traspaso
}
briefing-group = { $group } ({ $count })
briefing-group-empty = Nada de este tipo mientras estabas fuera.
briefing-group-new-clients = Clientes nuevos
briefing-group-interactions = Interacciones registradas
briefing-group-escalations = Escalados
briefing-group-tasks-completed = Tareas completadas
briefing-group-crises = Crisis y sus cronologías
briefing-group-decisions = Decisiones tomadas
briefing-group-other = Otros cambios
briefing-kind-added = Añadido
briefing-kind-changed = Modificado
briefing-kind-removed = Eliminado
briefing-subject-member = Miembro
briefing-subject-client = Cliente
briefing-subject-follow-up = Seguimiento
briefing-subject-score = Puntuación de satisfacción
briefing-subject-checklist = Lista de comprobación
briefing-subject-task = Tarea
briefing-subject-announcement = Anuncio
briefing-subject-settings = Configuración
briefing-subject-handover = Traspaso
briefing-subject-meeting = Reunión
briefing-subject-document = Documento
briefing-subject-request = Solicitud
briefing-subject-message = Mensaje
briefing-subject-improvement = Mejora
briefing-subject-conflict = Conflicto
briefing-subject-observation = Nota de desempeño
briefing-subject-record = Registro
briefing-by = { $name }, { $time }
briefing-someone = Alguien fuera de Handover
briefing-overdue = { $count ->
    [one] 1 tarea vencida ahora
   *[other] { $count } tareas vencidas ahora
}
briefing-overdue-task = { $title }, vencía el { $due }

## Actuar por el CEO: invitaciones y revocaciones delegadas
delegated-invite-decision = Invitó a { $name } como { $role }
delegated-revoke-decision = Revocó el acceso de { $name }
delegated-decision-reason = Hecho como CEO en funciones, con la delegación del CEO.
invite-acting-note = Está actuando por el CEO: cada invitación y revocación que haga aquí se anota en el registro de decisiones para la revisión del CEO.
delegation-title = Delegación de emergencia
delegation-help = Si no se le puede localizar, la Operations Assistant puede iniciar un traspaso de emergencia. Con una delegación de emergencia firmada de antemano podrá además invitar a personas y revocar accesos — solo después de declarar la emergencia, y cada uso queda registrado para su revisión. Puede retirarla cuando quiera.
delegation-sign = Permitir que { $name } invite y revoque en una emergencia
delegation-none = No hay ninguna delegación de emergencia firmada.
delegation-for = { $name } puede invitar y revocar en una emergencia hasta el { $until }.
delegation-withdrawn = Retirada
delegation-withdraw = Retirar
delegation-withdraw-confirm = ¿Retirar la delegación de emergencia de { $name }? Las invitaciones hechas con ella también dejarán de funcionar.
delegation-no-device = { $name } aún no tiene un dispositivo verificado: debe abrir la aplicación una vez con su invitación.
delegation-no-assistant = Invite primero a una Operations Assistant.
handover-delegation-unusable = Sin una delegación firmada para este dispositivo puede actuar por el CEO, pero no invitar ni revocar a nadie.
