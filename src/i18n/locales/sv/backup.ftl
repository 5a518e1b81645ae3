# Säkerhetskopior och lagring (Inställningar), påminnelsen om
# säkerhetskopia, att installera appen och att ta en ny version.

backup-title = Säkerhetskopior och lagring
backup-storage-kept = Den här webbläsaren behåller Handovers data tills du själv tar bort den.
backup-storage-not-kept = Den här webbläsaren kan radera Handovers data om enheten får ont om utrymme. Att installera appen hjälper; med regelbundna säkerhetskopior är du trygg i alla fall.
backup-storage-unknown = Den här webbläsaren säger inte om den behåller Handovers data. Gör regelbundna säkerhetskopior.
backup-storage-used = Handover använder { $used } av de { $available } som den här webbläsaren tillåter.
backup-storage-used-only = Handover använder { $used }.
size-kb = { $size } kB
size-mb = { $size } MB
size-gb = { $size } GB
size-tb = { $size } TB
backup-help = En säkerhetskopia innehåller allt som den här enheten har av arbetsytan, så att inget går förlorat med webbläsaren. Den innehåller inga nycklar eller inbjudningar; den kan återställas på vilken enhet som helst som har gått med i arbetsytan.
backup-last = Senaste säkerhetskopian från den här enheten: { $time }.
backup-never = Den här enheten har inte gjort någon säkerhetskopia än.
backup-now = Säkerhetskopiera nu
backup-made = Säkerhetskopian ligger bland dina nedladdningar. Spara en kopia någon annanstans än på den här enheten.
backup-restore = Återställ en säkerhetskopia
backup-restore-help = Att återställa slår ihop säkerhetskopian med det som finns här: inget här skrivs över eller tas bort, och det som saknas kommer tillbaka.
backup-restore-file = Säkerhetskopia
backup-restored = Säkerhetskopian från { $time } från { $member }s enhet är återställd. { $count ->
    [0] Inget saknades här.
    [one] En post lades till eller uppdaterades.
   *[other] { $count } poster lades till eller uppdaterades.
}
backup-leadership-refused = Den innehåller också ledningens poster, som den här enheten inte får ha: de lämnades utanför.
backup-not-a-backup = Den här filen är ingen säkerhetskopia från Handover. Inget har ändrats.
backup-too-new = Den här säkerhetskopian gjordes med en nyare version av Handover. Ladda om appen för att uppdatera den och försök sedan igen. Inget har ändrats.
backup-damaged = Den här säkerhetskopian är skadad: den har kapats eller ändrats efter att den gjordes. Inget har ändrats; prova en annan kopia.
backup-other-workspace = Den här säkerhetskopian hör till en annan arbetsyta. En säkerhetskopia kan bara återställas i den arbetsyta där den gjordes. Inget har ändrats.
backup-failed = Säkerhetskopian kunde inte återställas: { $reason }
backup-unreadable = Filen kunde inte läsas. Inget har ändrats.
backup-reminder = Den här enheten synkar utan relä och har ingen säkerhetskopia från de senaste sju dagarna. En säkerhetskopia bevarar dina poster om webbläsaren förlorar dem.

install-app = Installera appen
update-ready = En ny version av Handover är klar.
update-reload = Ladda om
