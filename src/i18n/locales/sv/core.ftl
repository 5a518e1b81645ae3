# Handover — Svenska

app-name = Handover
app-tagline = Driftcentralen som fortsätter att jobba när du är borta.

## Allmänt
nav-group-clients = Kundvård
nav-group-team = Team
nav-group-leadership = Ledning
nav-group-device = Den här enheten
nav-main = Huvudnavigering
skip-to-content = Hoppa till innehållet
nav-follow-ups = Uppföljning
nav-onboarding = Introduktion
nav-team = Team
nav-announcements = Meddelanden
nav-escalations = Eskaleringar
nav-crisis = Kris
nav-handover = Överlämning
nav-improve = Förbättra
nav-requests = Förfrågningar
nav-conflicts = Konflikter
nav-clients = Kunder
nav-settings = Inställningar
shell-user = { $name } · { $role }
language-label = Språk
loading = Öppnar dina uppgifter…

## Lagringsstatus
storage-saved = Alla ändringar har sparats på den här enheten
storage-saving = Sparar…
storage-failed = Inte sparat än: { $reason }. Dina ändringar finns kvar i den här fliken och Handover försöker spara igen.
storage-quarantined = { $count ->
    [one] En del av den sparade informationen var skadad och har lagts åt sidan. Allt annat har lästs in.
   *[other] { $count } delar av den sparade informationen var skadade och har lagts åt sidan. Allt annat har lästs in.
}
storage-unavailable-title = Den här webbläsaren låter inte Handover spara data
storage-unavailable = Handover sparar dina uppgifter i den här webbläsaren, men kunde inte öppna lagringen: { $reason }. Privata fönster och vissa sekretessinställningar blockerar den; öppna Handover i ett vanligt fönster.
storage-too-new = Den här arbetsytan har uppdaterats av en nyare version av Handover. Ladda om sidan för att få den senaste versionen.

## Första start
first-run-title = Välkommen till Handover
first-run-intro = Handover samlar dina kunder, ditt team och den dagliga driften på ett ställe. Allt sparas på den här enheten och fungerar utan internet.
first-run-start = Starta en arbetsyta
first-run-start-help = För den som konfigurerar Handover åt företaget, oftast VD:n.
first-run-join = Gå med via inbjudan
first-run-join-help = Inbjudningar kommer från den som äger din arbetsyta, oftast VD:n. Be om att få en skickad till dig; när du öppnar den på den här enheten går du med i arbetsytan med rätt uppgifter.
first-run-who = Vem använder den här enheten?
first-run-create = Skapa arbetsyta
first-run-back = Tillbaka

## Fält
field-your-name = Ditt namn
field-role = Roll
field-name = Namn
field-company = Företag
field-status = Status
field-owner = Ansvarig
field-owner-none = Ingen ansvarig än
field-notes = Anteckningar
field-contact-role = Titel
field-email = E-post
field-phone = Telefon
field-kind = Typ
field-when = När
field-summary = Sammanfattning
field-outcome = Resultat

## Roller
role-ceo = VD
role-operations-assistant = Driftsassistent
role-team-member = Teammedlem

## Åtgärder
action-save = Spara
action-cancel = Avbryt
action-edit = Redigera
action-remove = Ta bort
action-dismiss = Stäng
action-add = Lägg till

## Validering
error-required = Fyll i det här fältet.
error-too-long = Använd högst { $max } tecken.
error-invalid-email = Det här ser inte ut som en e-postadress.
error-invalid-phone = Använd bara siffror, mellanslag och + - ( ).
error-unknown-record = Det här finns inte längre; det kan ha tagits bort på en annan enhet.
error-invalid-address = Handover kan inte ansluta till den här adressen. Använd en adress som relay.example.com eller 127.0.0.1:3030.
error-not-a-positive-number = Ange ett heltal från 1 till 999.
error-score-out-of-range = Välj ett betyg från 1 till 5.
error-drop-out-of-range = Ange en nedgång från 0,1 till 4,0, till exempel 1,0.
error-answer-before-question = Svaret kan inte vara tidigare än frågan eller klagomålet det besvarar.
error-already-done = Det här steget är redan gjort, kanske på en annan enhet. Sidan visar det aktuella läget.
error-invalid-day = Ange ett datum.
error-not-allowed = Bara VD:n eller driftsassistenten kan ändra detta.
error-days-out-of-range = Ange ett helt antal dagar mellan 0 och 365.
error-closed = Det här är avslutat och tar inte emot fler anteckningar. Det kan ha avslutats på en annan enhet.
error-end-before-start = Datumet kan inte ligga före startdatumet.
error-number-out-of-range = Ange ett heltal från { $min } till { $max }.
error-more-than-in-stock = Det finns inte så många i lager.
error-form = Rätta de markerade fälten. Inget har sparats.
error-save = Kunde inte spara: { $reason }

## Kunder
clients-title = Kunder
clients-new = Ny kund
clients-search = Sök
clients-search-placeholder = Namn, företag, kontakt eller e-post
clients-filter-status = Status
clients-filter-all = Alla statusar
clients-empty = Inga kunder än. Lägg till din första kund med ”Ny kund”, eller hämta in en lista från ett annat verktyg under ”Importera”.
clients-no-match = Inga kunder matchar din sökning.
clients-count = { $count ->
    [one] { $count } kund
   *[other] { $count } kunder
}
clients-col-contacts = Kontakter
clients-back = Alla kunder
client-status-prospect = Potentiell kund
client-status-onboarding = Uppstart
client-status-active = Aktiv
client-status-offboarding = Avslutas
client-status-former = Tidigare kund
client-new-title = Ny kund
client-edit-title = Redigera { $name }
client-not-found = Den här kunden finns inte. Den kan ha tagits bort på en annan enhet.
client-created = { $name } har lagts till.
client-no-notes = Inga anteckningar.
client-owner = Ansvarig: { $name }
member-unknown = Okänd medlem

## Kontakter
contacts-title = Kontakter
contacts-empty = Inga kontakter än. Lägg till de personer du har att göra med hos kunden med ”Lägg till kontakt”.
contacts-add = Lägg till kontakt
contacts-remove-confirm = Ta bort { $name } från kontakterna?

## Interaktioner
interactions-title = Interaktioner
interactions-empty = Inget har loggats än. Logga varje samtal, mejl och besök med ”Logga interaktion”, så att vem som helst kan fortsätta där du slutade.
interactions-log = Logga interaktion
interaction-by = { $name }, { $when }
interaction-kind-call = Samtal
interaction-kind-email = E-post
interaction-kind-meeting = Möte
interaction-kind-message = Meddelande
interaction-kind-complaint = Klagomål
interaction-kind-question = Fråga

## Inställningar
settings-title = Inställningar
settings-device = Den här enheten
settings-device-user = Används av { $name } ({ $role }).
settings-documents = Dokument på den här enheten
settings-document-team = Teamets uppgifter
settings-document-leadership = Ledningens uppgifter
settings-storage = Lagring
settings-quarantine-empty = Ingen skadad data har hittats.
settings-quarantine-title = Undanlagd data
settings-quarantine-help = De här sparade delarna kunde inte läsas och har lagts åt sidan i stället för att raderas, så att inget går förlorat.

## Synkronisering
sync-local = Bara på den här enheten
sync-offline = Offline: ändringarna sparas här och skickas när reläet går att nå
sync-connecting = Ansluter till reläet…
sync-syncing = Synkar…
sync-synced = Synkat kl. { $time }
sync-refused = Reläet nekade den här enheten ({ $reason }).
sync-pending = { $count ->
    [one] { $count } ändring har inte nått reläet än
   *[other] { $count } ändringar har inte nått reläet än
}
sync-title = Synka med andra enheter
sync-help = Enheterna synkar via ett relä som sparar uppgifterna, så att även enheter som aldrig är online samtidigt får varandras ändringar. Ledningens uppgifter når bara VD:n och driftsassistenten.
sync-relay = Reläadress
sync-relay-placeholder = relay.example.com eller 127.0.0.1:3030
sync-connect = Spara och anslut
sync-open-server = Det här är en vanlig automerge-repo-synkserver (den använder inga inbjudningar)
sync-open-server-warning = Den som driver servern kan läsa varje dokument den får. Därför synkar Handover bara teamets uppgifter med den; ledningens uppgifter stannar på VD:ns och driftsassistentens enheter.
sync-key-title = Arbetsytans nyckel
sync-key-help = Starta reläet med den här nyckeln (handover-relay --workspace-key=…). Med den kan reläet kontrollera inbjudningar, men den kan inte användas för att skapa dem.
sync-key-failed = Arbetsytans nyckel kunde inte läsas eller sparas på den här enheten.
invite-title = Bjud in någon
invite-help = Med en inbjudan kan en enhet gå med i den här arbetsytan. Driftsassistenten får alla uppgifter; teammedlemmar får aldrig ledningens uppgifter.
invite-create = Skapa inbjudan
invite-code = Inbjudningskod: skicka den, eller länken nedan, till den du bjuder in.
invite-link = Inbjudningslänk
invite-error-malformed = Det här är inte en fullständig inbjudningskod. Be om en ny inbjudan och kopiera hela koden.
invite-error-relay = Reläadressen i den här inbjudan är ogiltig. Be om en ny inbjudan.
join-code = Inbjudningskod eller länk
join-submit = Gå med i arbetsytan

# Trust: device keys, invites and revocation
error-unreachable = Inget Handover-relä svarade på den här adressen. Kontrollera att reläet körs och att adressen stämmer; för en vanlig automerge-repo-synkserver, kryssa i rutan nedan.
error-duplicate = Det namnet finns redan. Välj ett annat.
invite-error-tampered = Den här inbjudan har ändrats efter att den skapades och kan inte användas. Be om en ny inbjudan.
invite-error-expired = Den här inbjudan har gått ut. Be om en ny.
sync-refused-revoked = Arbetsytans ägare har återkallat den här enhetens åtkomst. Den behåller det den har men synkar inte längre.
sync-refused-expired = Den här enhetens åtkomst har gått ut. Be vd:n om en ny inbjudan och ange den under Inställningar.
sync-refused-wrong-relay = Servern på den här adressen är inte reläet i din inbjudan, så inget skickades dit.
sync-refused-redeemed-elsewhere = Den här inbjudan har redan använts på en annan enhet. Be om en ny inbjudan.
sync-refused-device-key = Webbläsaren kunde inte använda enhetsnyckeln. Öppna appen via https.
sync-relay-key = Reläets nyckel:
invite-list-title = Inbjudningar och enheter
invite-list-empty = Inga inbjudningar ännu. Skapa en med ”Skapa inbjudan” för varje kollega som ska använda appen på en egen enhet.
invite-revoke = Återkalla
invite-revoked = Återkallad
invite-delegated = Gjord av tillförordnad vd
invite-revoke-confirm = Återkalla åtkomsten för { $name }? Deras enheter slutar synka inom några sekunder.
invite-list-failed = Listan över inbjudningar kunde inte läsas.
trust-reverify-title = Verifiera den här enheten igen
trust-missing = Den här enheten konfigurerades innan enheter hade egna nycklar. Den kan inte visa ledningens poster eller synka förrän den verifierats igen.
trust-expired = Den här enhetens åtkomst har gått ut.
trust-invalid = Den här enhetens åtkomst kunde inte verifieras.
trust-refused = Reläet godtar inte längre den här enheten.
trust-reverify-help = Be vd:n om en ny inbjudan till dig (Inställningar → Inbjudningar) och klistra in den här. Allt som sparats på enheten behålls.
trust-reverify-submit = Verifiera enheten
invite-renew = Ny inbjudan till den här personen
author-unknown-device = Författaren är inte verifierad: ingen enhet i arbetsytan skrev detta.
author-not-claimed = Författaren är inte verifierad: skrivet på någon annans enhet.
