# Copias de seguridad y almacenamiento (Ajustes), el recordatorio de copia,
# instalar la aplicación y pasar a una versión nueva.

backup-title = Copias de seguridad y almacenamiento
backup-storage-kept = Este navegador conserva los datos de Handover hasta que los borres tú.
backup-storage-not-kept = Este navegador puede borrar los datos de Handover si el dispositivo se queda sin espacio. Instalar la aplicación ayuda; con copias de seguridad frecuentes estás a salvo en cualquier caso.
backup-storage-unknown = Este navegador no indica si conserva los datos de Handover. Haz copias de seguridad con frecuencia.
backup-storage-used = Handover ocupa { $used } de los { $available } que permite este navegador.
backup-storage-used-only = Handover ocupa { $used }.
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
size-tb = { $size } TB
backup-help = Un archivo de copia de seguridad contiene todo lo que este dispositivo guarda del espacio de trabajo, para que nada se pierda con el navegador. No contiene claves ni invitaciones; se puede restaurar en cualquier dispositivo que se haya unido a este espacio de trabajo.
backup-last = Última copia de este dispositivo: { $time }.
backup-never = Este dispositivo aún no ha hecho ninguna copia de seguridad.
backup-now = Hacer copia ahora
backup-made = El archivo de copia está en tus descargas. Guarda una copia en otro lugar que no sea este dispositivo.
backup-restore = Restaurar una copia
backup-restore-help = Restaurar combina la copia con lo que hay aquí: nada de lo que hay aquí se sobrescribe ni se borra, y lo que falte vuelve.
backup-restore-file = Archivo de copia
backup-restored = Se ha restaurado la copia hecha el { $time } en el dispositivo de { $member }. { $count ->
    [0] No faltaba nada aquí.
    [one] Se ha añadido o actualizado un registro.
   *[other] Se han añadido o actualizado { $count } registros.
}
backup-leadership-refused = También contiene los registros de dirección, que este dispositivo no puede guardar: se han dejado fuera.
backup-not-a-backup = Este archivo no es una copia de seguridad de Handover. No se ha cambiado nada.
backup-too-new = Esta copia se hizo con una versión más reciente de Handover. Recarga la aplicación para actualizarla y vuelve a intentarlo. No se ha cambiado nada.
backup-damaged = Este archivo de copia está dañado: se cortó o se modificó después de hacerlo. No se ha cambiado nada; prueba con otra copia.
backup-other-workspace = Esta copia pertenece a otro espacio de trabajo. Una copia solo se puede restaurar en el espacio de trabajo donde se hizo. No se ha cambiado nada.
backup-failed = No se pudo restaurar la copia: { $reason }
backup-unreadable = No se pudo leer el archivo. No se ha cambiado nada.
backup-reminder = Este dispositivo se sincroniza sin servidor de enlace y no tiene ninguna copia de los últimos siete días. Un archivo de copia conserva tus registros si este navegador los pierde.

install-app = Instalar la aplicación
update-ready = Hay una nueva versión de Handover lista.
update-reload = Recargar
