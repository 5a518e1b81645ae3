# Handover — es: checklists

## Kinds
checklist-kind-onboarding = Incorporación
checklist-kind-offboarding = Baja

## The onboarding desk
onboarding-title = Incorporación y baja de clientes
onboarding-in-progress = En curso
onboarding-empty = No hay listas en curso. Inicia una incorporación o una baja desde la página de un cliente.
onboarding-completed = { $count ->
    [one] Una lista completada
   *[other] { $count } listas completadas
}
onboarding-col-client = Cliente
onboarding-col-progress = Progreso
onboarding-col-next = Siguiente paso
onboarding-col-overdue = Pasos atrasados
onboarding-next-due = { $title } (vence el { $day })
clients-col-progress = Lista

## A client's checklists
checklists-title = Incorporación y baja
checklists-empty = Este cliente todavía no tiene incorporación ni baja. Elige «Iniciar incorporación» cuando el cliente se dé de alta.
checklists-start-onboarding = Iniciar incorporación
checklists-start-offboarding = Iniciar baja
checklists-choose-template = ¿Qué plantilla?
checklists-start = Iniciar
checklists-no-steps = Las plantillas de este tipo aún no tienen pasos. Añade primero pasos en Plantillas de listas.
checklists-start-failed = No se ha podido iniciar la lista. Inténtalo de nuevo.
checklist-progress = { $done } de { $total } hechos
checklist-started = Iniciada por { $name } el { $when }
checklist-step-due = Vence el { $day }
checklist-step-overdue = Atrasado: vencía el { $day }
checklist-step-done-by = Hecho por { $name } el { $when }
checklist-step-owner = Responsable de «{ $title }»
checklist-step-save-failed = No se ha podido guardar este cambio. Puede que el paso se haya eliminado en otro dispositivo.
checklist-remove = Eliminar lista
checklist-remove-confirm = ¿Eliminar la lista «{ $name }»? Se pierden los pasos marcados y el cliente vuelve a mostrar su estado guardado.

## Templates
templates-title = Plantillas de listas
templates-back = Volver a incorporación
templates-new = Nueva plantilla
templates-create = Crear plantilla
templates-onboarding = Plantillas de incorporación
templates-offboarding = Plantillas de baja
templates-none = Todavía no hay ninguna plantilla de este tipo. Empieza con la plantilla predeterminada y adáptala a tu negocio.
templates-add-defaults = Añadir la plantilla predeterminada
templates-rename = Cambiar nombre
templates-delete = Eliminar plantilla
templates-delete-confirm = ¿Eliminar la plantilla «{ $name }»? Las listas ya iniciadas con ella se quedan como están.
templates-updated = Último cambio de { $name } el { $when }
templates-steps-empty = Esta plantilla aún no tiene pasos. Añade el primero.
templates-add-step = Añadir paso
templates-step-day = { $days ->
    [0] Vence el primer día
   *[other] Vence el día { $days }
}
templates-step-no-day = Sin fecha límite
templates-move-up = Subir
templates-move-down = Bajar
field-template-name = Nombre de la plantilla
field-step-title = Paso
field-step-offset = Vence a los (días desde el inicio)
field-step-offset-placeholder = Déjalo vacío si no tiene fecha límite
field-step-owner = Lo hace normalmente

## The default templates
default-onboarding-name = Incorporación estándar
default-onboarding-welcome-call = Llamada de bienvenida al cliente
default-onboarding-contract-signed = Contrato firmado y archivado
default-onboarding-accounts = Accesos y cuentas configurados
default-onboarding-kick-off = Reunión de arranque
default-onboarding-first-check-in = Primer seguimiento a las dos semanas
default-onboarding-satisfaction = Preguntar por la satisfacción del cliente tras el primer mes
default-offboarding-name = Baja estándar
default-offboarding-exit-conversation = Conversación de cierre con el cliente
default-offboarding-final-invoice = Factura final enviada
default-offboarding-revoke-access = Accesos y cuentas revocados
default-offboarding-hand-back-documents = Documentos y materiales devueltos
default-offboarding-feedback = Opinión y satisfacción solicitadas
default-offboarding-archive = Expediente archivado
