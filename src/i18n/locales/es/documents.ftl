# Oficina: el registro de documentos
nav-documents = Documentos
documents-title = Documentos
documents-intro = Dónde están los contratos, las políticas y demás documentos de la oficina, quién es responsable de cada uno y cuándo toca revisarlo.
documents-new = Registrar un documento
documents-filters = Filtrar el registro
documents-search = Buscar en los títulos
documents-filter-all-kinds = Todos los tipos
documents-filter-anyone = Cualquier responsable
documents-filter-any-level = Cualquier confidencialidad
documents-count = { $count ->
    [one] 1 documento
   *[other] { $count } documentos
}
documents-empty = Todavía no hay documentos registrados. Elige «Registrar un documento» e indica dónde se guarda: un armario y un estante, o una dirección web.
documents-no-match = Ningún documento coincide con estos filtros. Vacía la búsqueda o elige «Todos los tipos», «Cualquier responsable» y «Cualquier confidencialidad».
documents-review-title = Pendientes de revisión
documents-review-due = Revisión pendiente
documents-review-soon = Revisión próxima
documents-review-on = Revisar el { $day }
document-new-title = Registrar un documento
document-back = Volver al registro
document-not-found = Este documento no está en el registro. Puede que se haya eliminado o que se haya marcado como confidencial en un dispositivo de la dirección.
document-field-title = Título
document-field-kind = Tipo
document-field-owner = Responsable
document-choose-owner = Elige al responsable
document-field-location = Dónde se guarda
document-location-hint = Armario B, estante 2 — o https://…
document-field-confidentiality = Confidencialidad
document-field-review = Fecha de revisión
document-field-notes = Notas
document-confidential-hint = Los documentos confidenciales solo aparecen en los dispositivos del CEO y del asistente de operaciones; el resto del equipo nunca los recibe.
document-confidential-elsewhere = Solo el CEO o el asistente de operaciones pueden registrar un documento confidencial.
document-no-review = Sin fecha de revisión
document-registered-by = Registrado por { $name } el { $when }
document-kind-contract = Contrato
document-kind-policy = Política
document-kind-procedure = Procedimiento
document-kind-template = Plantilla
document-kind-report = Informe
document-kind-certificate = Certificado
document-kind-other = Otro
confidentiality-public = Público
confidentiality-internal = Interno
confidentiality-confidential = Confidencial
error-invalid-link = Una dirección web debe empezar por http:// o https:// e indicar un sitio. Para un lugar, escríbelo tal cual, por ejemplo «Armario B, estante 2».
