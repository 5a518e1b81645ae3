# Backups and storage (Settings), the backup reminder, installing the app
# and taking a new version.

backup-title = Backups and storage
backup-storage-kept = This browser keeps Handover's data until you remove it.
backup-storage-not-kept = This browser may clear Handover's data if the device runs short of space. Installing the app helps; regular backups keep you safe either way.
backup-storage-unknown = This browser does not say whether it keeps Handover's data. Make regular backups.
backup-storage-used = Handover uses { $used } of the { $available } this browser allows.
backup-storage-used-only = Handover uses { $used }.
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
size-tb = { $size } TB
backup-help = A backup file holds everything this device keeps of the workspace, so nothing is lost with the browser. It holds no keys or invites; it can be restored on any device that has joined this workspace.
backup-last = Last backup from this device: { $time }.
backup-never = This device has not made a backup yet.
backup-now = Back up now
backup-made = The backup file is in your downloads. Keep a copy somewhere other than this device.
backup-restore = Restore a backup
backup-restore-help = Restoring merges the backup into what is here: nothing here is overwritten or removed, and whatever is missing comes back.
backup-restore-file = Backup file
backup-restored = Restored the backup made on { $time } by { $member }'s device. { $count ->
    [0] Nothing was missing here.
    [one] One record was added or brought up to date.
   *[other] { $count } records were added or brought up to date.
}
backup-leadership-refused = It also holds the leadership records, which this device may not keep: those were left out.
backup-not-a-backup = This file is not a Handover backup. Nothing was changed.
backup-too-new = This backup was made by a newer version of Handover. Reload the app to update it, then try again. Nothing was changed.
backup-damaged = This backup file is damaged: it was cut short or changed after it was made. Nothing was changed; try another copy.
backup-other-workspace = This backup belongs to another workspace. A backup can only be restored in the workspace it was made in. Nothing was changed.
backup-failed = The backup could not be restored: { $reason }
backup-unreadable = The file could not be read. Nothing was changed.
backup-reminder = This device syncs with no relay and has no backup from the last seven days. A backup file keeps your records if this browser loses them.

install-app = Install app
update-ready = A new version of Handover is ready.
update-reload = Reload
