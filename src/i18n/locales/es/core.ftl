# Handover — Español

app-name = Handover
app-tagline = El centro de operaciones que sigue funcionando cuando tú no estás.

## General
nav-group-clients = Atención al cliente
nav-group-team = Equipo
nav-group-leadership = Dirección
nav-group-device = Este dispositivo
nav-main = Navegación principal
skip-to-content = Saltar al contenido
nav-follow-ups = Seguimientos
nav-onboarding = Incorporación
nav-team = Equipo
nav-announcements = Anuncios
nav-escalations = Escalados
nav-crisis = Crisis
nav-handover = Traspaso
nav-improve = Mejorar
nav-requests = Solicitudes
nav-conflicts = Conflictos
nav-clients = Clientes
nav-settings = Ajustes
shell-user = { $name } · { $role }
language-label = Idioma
loading = Abriendo tus datos…

## Estado del almacenamiento
storage-saved = Todos los cambios se han guardado en este dispositivo
storage-saving = Guardando…
storage-failed = Aún no se ha guardado: { $reason }. Tus cambios se conservan en esta pestaña y se volverá a intentar guardarlos.
storage-quarantined = { $count ->
    [one] Un elemento de los datos guardados estaba dañado y se ha apartado. Todo lo demás se ha cargado.
   *[other] { $count } elementos de los datos guardados estaban dañados y se han apartado. Todo lo demás se ha cargado.
}
storage-unavailable-title = Este navegador no permite que Handover guarde datos
storage-unavailable = Handover guarda tus datos en este navegador, pero no ha podido abrir su almacenamiento: { $reason }. Las ventanas privadas y algunos ajustes de privacidad lo impiden; abre Handover en una ventana normal.
storage-too-new = Una versión más reciente de Handover ha actualizado este espacio de trabajo. Recarga la página para obtener la última versión.

## Primer uso
first-run-title = Te damos la bienvenida a Handover
first-run-intro = Handover reúne a tus clientes, a tu equipo y las operaciones del día a día en un solo lugar. Todo se guarda en este dispositivo y funciona sin conexión a internet.
first-run-start = Crear un espacio de trabajo nuevo
first-run-start-help = Para la persona que configura Handover para la empresa, normalmente el CEO.
first-run-join = Unirse con una invitación
first-run-join-help = Las invitaciones las envía el propietario de tu espacio de trabajo, normalmente el CEO. Pídele que te envíe una; al abrirla en este dispositivo, te unirás al espacio de trabajo con los datos que te corresponden.
first-run-who = ¿Quién usa este dispositivo?
first-run-create = Crear espacio de trabajo
first-run-back = Volver

## Campos
field-your-name = Tu nombre
field-role = Rol
field-name = Nombre
field-company = Empresa
field-status = Estado
field-owner = Responsable
field-owner-none = Aún sin responsable
field-notes = Notas
field-contact-role = Cargo
field-email = Correo electrónico
field-phone = Teléfono
field-kind = Tipo
field-when = Cuándo
field-summary = Resumen
field-outcome = Resultado

## Roles
role-ceo = CEO
role-operations-assistant = Asistente de operaciones
role-team-member = Miembro del equipo

## Acciones
action-save = Guardar
action-cancel = Cancelar
action-edit = Editar
action-remove = Eliminar
action-dismiss = Cerrar
action-add = Añadir

## Validación
error-required = Rellena este campo.
error-too-long = Usa como máximo { $max } caracteres.
error-invalid-email = Esto no parece una dirección de correo electrónico.
error-invalid-phone = Usa solo números, espacios y + - ( ).
error-unknown-record = Esto ya no existe; puede que se haya eliminado en otro dispositivo.
error-invalid-address = Handover no puede conectarse a esta dirección. Usa una dirección como relay.example.com o 127.0.0.1:3030.
error-not-a-positive-number = Introduce un número entero del 1 al 999.
error-score-out-of-range = Elige una puntuación del 1 al 5.
error-drop-out-of-range = Introduce una bajada entre 0,1 y 4,0, por ejemplo 1,0.
error-answer-before-question = La respuesta no puede ser anterior a la pregunta o queja que responde.
error-already-done = Este paso ya se dio, quizá en otro dispositivo. La página muestra el estado actual.
error-invalid-day = Introduce una fecha.
error-not-allowed = Solo el CEO o el asistente de operaciones pueden cambiar esto.
error-days-out-of-range = Introduce un número entero de días entre 0 y 365.
error-closed = Está cerrado y no admite más anotaciones. Puede que se haya cerrado en otro dispositivo.
error-end-before-start = Esta fecha no puede ser anterior a la fecha de inicio.
error-number-out-of-range = Introduzca un número entero de { $min } a { $max }.
error-more-than-in-stock = No hay tantos en existencia.
error-form = Corrige los campos marcados. No se ha guardado nada.
error-save = No se ha podido guardar: { $reason }

## Clientes
clients-title = Clientes
clients-new = Nuevo cliente
clients-search = Buscar
clients-search-placeholder = Nombre, empresa, contacto o correo electrónico
clients-filter-status = Estado
clients-filter-all = Todos los estados
clients-empty = Aún no hay clientes. Añade tu primer cliente con «Nuevo cliente», o trae una lista de otra herramienta desde «Importar».
clients-no-match = Ningún cliente coincide con tu búsqueda.
clients-count = { $count ->
    [one] { $count } cliente
   *[other] { $count } clientes
}
clients-col-contacts = Contactos
clients-back = Todos los clientes
client-status-prospect = Cliente potencial
client-status-onboarding = Alta en curso
client-status-active = Activo
client-status-offboarding = Baja en curso
client-status-former = Antiguo cliente
client-new-title = Nuevo cliente
client-edit-title = Editar { $name }
client-not-found = Este cliente no existe. Puede que se haya eliminado en otro dispositivo.
client-created = Se ha añadido { $name }.
client-no-notes = Sin notas.
client-owner = Responsable: { $name }
member-unknown = Miembro desconocido

## Contactos
contacts-title = Contactos
contacts-empty = Aún no hay contactos. Añade a las personas con quienes tratas en este cliente con «Añadir contacto».
contacts-add = Añadir contacto
contacts-remove-confirm = ¿Quitar a { $name } de los contactos?

## Interacciones
interactions-title = Interacciones
interactions-empty = Aún no hay nada registrado. Registra cada llamada, correo o visita con «Registrar interacción», para que cualquiera pueda seguir donde lo dejaste.
interactions-log = Registrar interacción
interaction-by = { $name }, { $when }
interaction-kind-call = Llamada
interaction-kind-email = Correo electrónico
interaction-kind-meeting = Reunión
interaction-kind-message = Mensaje
interaction-kind-complaint = Queja
interaction-kind-question = Consulta

## Ajustes
settings-title = Ajustes
settings-device = Este dispositivo
settings-device-user = Lo usa { $name } ({ $role }).
settings-documents = Documentos en este dispositivo
settings-document-team = Datos del equipo
settings-document-leadership = Datos de dirección
settings-storage = Almacenamiento
settings-quarantine-empty = No se han encontrado datos dañados.
settings-quarantine-title = Datos apartados
settings-quarantine-help = Estos elementos guardados no se pudieron leer y se apartaron en lugar de eliminarse, así que no se pierde nada.

## Sincronización
sync-local = Solo en este dispositivo
sync-offline = Sin conexión: los cambios se guardan aquí y se enviarán cuando el servidor de enlace esté disponible
sync-connecting = Conectando con el servidor de enlace…
sync-syncing = Sincronizando…
sync-synced = Última sincronización: { $time }
sync-refused = El servidor de enlace ha rechazado este dispositivo ({ $reason }).
sync-pending = { $count ->
    [one] { $count } cambio pendiente de enviar al servidor de enlace
   *[other] { $count } cambios pendientes de enviar al servidor de enlace
}
sync-title = Sincronizar con otros dispositivos
sync-help = Los dispositivos se sincronizan a través de un servidor de enlace, que guarda los datos para que incluso los dispositivos que nunca coinciden en línea reciban los cambios de los demás. Los datos de dirección solo llegan al CEO y al asistente de operaciones.
sync-relay = Dirección del servidor de enlace
sync-relay-placeholder = relay.example.com o 127.0.0.1:3030
sync-connect = Guardar y conectar
sync-open-server = Es un servidor de sincronización estándar de automerge-repo (no usa invitaciones)
sync-open-server-warning = Quien gestione ese servidor puede leer todos los documentos que reciba. Por eso Handover solo sincroniza con él los datos del equipo; los datos de dirección se quedan en los dispositivos del CEO y del asistente de operaciones.
sync-key-title = Clave del espacio de trabajo
sync-key-help = Inicia el servidor de enlace con esta clave (handover-relay --workspace-key=…). Le permite comprobar las invitaciones, pero no sirve para crearlas.
sync-key-failed = No se ha podido leer ni guardar la clave del espacio de trabajo en este dispositivo.
invite-title = Invitar a alguien
invite-help = Una invitación permite que un dispositivo se una a este espacio de trabajo. El asistente de operaciones recibe todos los datos; los miembros del equipo nunca reciben los datos de dirección.
invite-create = Crear invitación
invite-code = Código de invitación: envíaselo (o el enlace de abajo) a la persona a la que invitas.
invite-link = Enlace de invitación
invite-error-malformed = Este código de invitación no está completo. Pide una invitación nueva y cópiala entera.
invite-error-relay = La dirección del servidor de enlace de esta invitación no es válida. Pide una invitación nueva.
join-code = Código o enlace de invitación
join-submit = Unirse al espacio de trabajo

# Trust: device keys, invites and revocation
error-unreachable = Ningún servidor de enlace de Handover respondió en esta dirección. Comprueba que está en marcha y que la dirección es correcta; para un servidor de sincronización automerge-repo estándar, marca la casilla de abajo.
error-duplicate = Este nombre ya existe. Elige otro.
invite-error-tampered = Esta invitación se modificó después de crearse y no se puede usar. Pide una invitación nueva.
invite-error-expired = Esta invitación ha caducado. Pide una nueva.
sync-refused-revoked = El propietario del espacio de trabajo ha revocado el acceso de este dispositivo. Conserva lo que tiene, pero ya no se sincroniza.
sync-refused-expired = El acceso de este dispositivo ha caducado. Pide al CEO una invitación nueva e introdúcela en Ajustes.
sync-refused-wrong-relay = El servidor de esta dirección no es el servidor de enlace de tu invitación, así que no se le ha enviado nada.
sync-refused-redeemed-elsewhere = Esta invitación ya se usó en otro dispositivo. Pide una invitación nueva.
sync-refused-device-key = Este navegador no pudo usar la clave del dispositivo. Abre la aplicación por https.
sync-relay-key = La clave del servidor de enlace:
invite-list-title = Invitaciones y dispositivos
invite-list-empty = Aún no hay invitaciones. Crea una con «Crear invitación» para cada compañero que vaya a usar la aplicación en su propio dispositivo.
invite-revoke = Revocar
invite-revoked = Revocada
invite-delegated = Hecha por el CEO en funciones
invite-revoke-confirm = ¿Revocar el acceso de { $name }? Sus dispositivos dejarán de sincronizarse en unos segundos.
invite-list-failed = No se pudo leer la lista de invitaciones.
trust-reverify-title = Verificar de nuevo este dispositivo
trust-missing = Este dispositivo se configuró antes de que los dispositivos tuvieran clave propia: no puede mostrar los registros de dirección ni sincronizarse hasta que se verifique de nuevo.
trust-expired = El acceso de este dispositivo ha caducado.
trust-invalid = No se pudo verificar el acceso de este dispositivo.
trust-refused = El servidor de enlace ya no acepta este dispositivo.
trust-reverify-help = Pide al CEO una invitación nueva para ti (Ajustes → Invitaciones) y pégala aquí. Se conserva todo lo guardado en este dispositivo.
trust-reverify-submit = Verificar este dispositivo
invite-renew = Nueva invitación para esta persona
author-unknown-device = Autor no verificado: ningún dispositivo del espacio de trabajo escribió esto.
author-not-claimed = Autor no verificado: escrito en el dispositivo de otra persona.
