# Back-ups en opslag (Instellingen), de herinnering aan een back-up, de app
# installeren en een nieuwe versie nemen.

backup-title = Back-ups en opslag
backup-storage-kept = Deze browser bewaart de gegevens van Handover tot je ze zelf verwijdert.
backup-storage-not-kept = Deze browser kan de gegevens van Handover wissen als het apparaat te weinig ruimte heeft. De app installeren helpt; met regelmatige back-ups zit je hoe dan ook goed.
backup-storage-unknown = Deze browser zegt niet of hij de gegevens van Handover bewaart. Maak regelmatig een back-up.
backup-storage-used = Handover gebruikt { $used } van de { $available } die deze browser toestaat.
backup-storage-used-only = Handover gebruikt { $used }.
size-kb = { $size } kB
size-mb = { $size } MB
size-gb = { $size } GB
size-tb = { $size } TB
backup-help = Een back-upbestand bevat alles wat dit apparaat van de werkruimte bewaart, zodat er niets verloren gaat met de browser. Er staan geen sleutels of uitnodigingen in; je kunt het terugzetten op elk apparaat dat lid is van deze werkruimte.
backup-last = Laatste back-up van dit apparaat: { $time }.
backup-never = Dit apparaat heeft nog geen back-up gemaakt.
backup-now = Nu back-up maken
backup-made = Het back-upbestand staat bij je downloads. Bewaar een kopie ergens anders dan op dit apparaat.
backup-restore = Een back-up terugzetten
backup-restore-help = Terugzetten voegt de back-up samen met wat hier staat: niets hier wordt overschreven of verwijderd, en wat ontbreekt komt terug.
backup-restore-file = Back-upbestand
backup-restored = De back-up van { $time } van het apparaat van { $member } is teruggezet. { $count ->
    [0] Er ontbrak hier niets.
    [one] Eén gegeven is toegevoegd of bijgewerkt.
   *[other] { $count } gegevens zijn toegevoegd of bijgewerkt.
}
backup-leadership-refused = Er staan ook directiegegevens in, die dit apparaat niet mag bewaren: die zijn weggelaten.
backup-not-a-backup = Dit bestand is geen back-up van Handover. Er is niets veranderd.
backup-too-new = Deze back-up is gemaakt met een nieuwere versie van Handover. Laad de app opnieuw om bij te werken en probeer het dan nog eens. Er is niets veranderd.
backup-damaged = Dit back-upbestand is beschadigd: het is afgebroken of veranderd nadat het gemaakt is. Er is niets veranderd; probeer een andere kopie.
backup-other-workspace = Deze back-up hoort bij een andere werkruimte. Een back-up kan alleen worden teruggezet in de werkruimte waarin hij gemaakt is. Er is niets veranderd.
backup-failed = De back-up kon niet worden teruggezet: { $reason }
backup-unreadable = Het bestand kon niet worden gelezen. Er is niets veranderd.
backup-reminder = Dit apparaat synchroniseert zonder relay en heeft geen back-up van de afgelopen zeven dagen. Met een back-upbestand raak je je gegevens niet kwijt als deze browser ze verliest.

install-app = App installeren
update-ready = Er staat een nieuwe versie van Handover klaar.
update-reload = Opnieuw laden
