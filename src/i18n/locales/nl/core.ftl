# Handover — Nederlands

app-name = Handover
app-tagline = De operationele desk die gewoon doorwerkt als jij er niet bent.

## Algemeen
nav-group-clients = Klantenzorg
nav-group-team = Team
nav-group-leadership = Leiding
nav-group-device = Dit apparaat
nav-main = Hoofdnavigatie
skip-to-content = Naar de inhoud
nav-follow-ups = Opvolging
nav-onboarding = Onboarding
nav-team = Team
nav-announcements = Mededelingen
nav-escalations = Escalaties
nav-crisis = Crisis
nav-handover = Overdracht
nav-improve = Verbeteren
nav-requests = Verzoeken
nav-conflicts = Conflicten
nav-clients = Klanten
nav-settings = Instellingen
shell-user = { $name } · { $role }
language-label = Taal
loading = Je gegevens worden geopend…

## Opslagstatus
storage-saved = Alle wijzigingen zijn opgeslagen op dit apparaat
storage-saving = Opslaan…
storage-failed = Nog niet opgeslagen: { $reason }. Je wijzigingen blijven bewaard in dit tabblad en het opslaan wordt opnieuw geprobeerd.
storage-quarantined = { $count ->
    [one] Eén onderdeel van de opgeslagen gegevens was beschadigd en is apart gezet. Al het andere is geladen.
   *[other] { $count } onderdelen van de opgeslagen gegevens waren beschadigd en zijn apart gezet. Al het andere is geladen.
}
storage-unavailable-title = Deze browser staat niet toe dat Handover gegevens bewaart
storage-unavailable = Handover bewaart je gegevens in deze browser, maar kon de opslag niet openen: { $reason }. Privévensters en sommige privacyinstellingen blokkeren dit; open Handover in een normaal venster.
storage-too-new = Deze werkruimte is bijgewerkt door een nieuwere versie van Handover. Laad de pagina opnieuw om de nieuwste versie te krijgen.

## Eerste gebruik
first-run-title = Welkom bij Handover
first-run-intro = Handover houdt je klanten, je team en het dagelijkse werk op één plek bij. Alles wordt op dit apparaat opgeslagen en werkt zonder internet.
first-run-start = Werkruimte starten
first-run-start-help = Voor degene die Handover voor het bedrijf inricht, meestal de CEO.
first-run-join = Deelnemen met een uitnodiging
first-run-join-help = Uitnodigingen komen van de eigenaar van je werkruimte, meestal de CEO. Vraag om er een te sturen; als je de uitnodiging op dit apparaat opent, word je aan de werkruimte toegevoegd met de juiste gegevens.
first-run-who = Wie gebruikt dit apparaat?
first-run-create = Werkruimte aanmaken
first-run-back = Terug

## Velden
field-your-name = Je naam
field-role = Rol
field-name = Naam
field-company = Bedrijf
field-status = Status
field-owner = Eigenaar
field-owner-none = Nog geen eigenaar
field-notes = Notities
field-contact-role = Functie
field-email = E-mail
field-phone = Telefoon
field-kind = Soort
field-when = Wanneer
field-summary = Samenvatting
field-outcome = Resultaat

## Rollen
role-ceo = CEO
role-operations-assistant = Operationeel assistent
role-team-member = Teamlid

## Acties
action-save = Opslaan
action-cancel = Annuleren
action-edit = Bewerken
action-remove = Verwijderen
action-dismiss = Sluiten
action-add = Toevoegen

## Validatie
error-required = Vul dit veld in.
error-too-long = Gebruik maximaal { $max } tekens.
error-invalid-email = Dit lijkt geen e-mailadres te zijn.
error-invalid-phone = Gebruik alleen cijfers, spaties en + - ( ).
error-unknown-record = Dit bestaat niet meer; misschien is het op een ander apparaat verwijderd.
error-invalid-address = Dit is geen adres waarmee Handover verbinding kan maken. Gebruik een adres zoals relay.example.com of 127.0.0.1:3030.
error-not-a-positive-number = Vul een heel getal van 1 tot en met 999 in.
error-score-out-of-range = Kies een score van 1 tot en met 5.
error-drop-out-of-range = Vul een daling van 0,1 tot en met 4,0 in, bijvoorbeeld 1,0.
error-answer-before-question = Het antwoord kan niet eerder zijn dan de vraag of klacht die het beantwoordt.
error-already-done = Deze stap is al gezet, misschien op een ander apparaat. De pagina toont nu de actuele stand.
error-invalid-day = Vul een datum in.
error-not-allowed = Alleen de CEO of de operationeel assistent mag dit wijzigen.
error-days-out-of-range = Vul een heel aantal dagen in, van 0 tot en met 365.
error-closed = Dit is afgesloten; er kunnen geen regels meer bij. Misschien is het op een ander apparaat afgesloten.
error-end-before-start = Deze datum kan niet vóór de begindatum liggen.
error-number-out-of-range = Vul een heel getal in van { $min } tot { $max }.
error-more-than-in-stock = Er zijn er niet zoveel op voorraad.
error-form = Verbeter de gemarkeerde velden. Er is niets opgeslagen.
error-save = Opslaan is niet gelukt: { $reason }

## Klanten
clients-title = Klanten
clients-new = Nieuwe klant
clients-search = Zoeken
clients-search-placeholder = Naam, bedrijf, contactpersoon of e-mail
clients-filter-status = Status
clients-filter-all = Alle statussen
clients-empty = Nog geen klanten. Voeg je eerste klant toe met “Nieuwe klant”, of haal een lijst uit een ander programma binnen via “Importeren”.
clients-no-match = Geen klanten gevonden die bij je zoekopdracht passen.
clients-count = { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
}
clients-col-contacts = Contactpersonen
clients-back = Alle klanten
client-status-prospect = Prospect
client-status-onboarding = Onboarding
client-status-active = Actief
client-status-offboarding = Offboarding
client-status-former = Oud-klant
client-new-title = Nieuwe klant
client-edit-title = { $name } bewerken
client-not-found = Deze klant bestaat niet. Misschien is de klant op een ander apparaat verwijderd.
client-created = { $name } is toegevoegd.
client-no-notes = Geen notities.
client-owner = Eigenaar: { $name }
member-unknown = Onbekend teamlid

## Contactpersonen
contacts-title = Contactpersonen
contacts-empty = Nog geen contactpersonen. Voeg de mensen met wie je bij deze klant te maken hebt toe met “Contactpersoon toevoegen”.
contacts-add = Contactpersoon toevoegen
contacts-remove-confirm = { $name } verwijderen uit de contactpersonen?

## Contactmomenten
interactions-title = Contactmomenten
interactions-empty = Nog niets vastgelegd. Leg elk telefoontje, elke e-mail en elk bezoek vast met “Contactmoment vastleggen”, zodat iedereen verder kan waar jij gebleven was.
interactions-log = Contactmoment vastleggen
interaction-by = { $name }, { $when }
interaction-kind-call = Telefoongesprek
interaction-kind-email = E-mail
interaction-kind-meeting = Afspraak
interaction-kind-message = Bericht
interaction-kind-complaint = Klacht
interaction-kind-question = Vraag

## Instellingen
settings-title = Instellingen
settings-device = Dit apparaat
settings-device-user = In gebruik door { $name } ({ $role }).
settings-documents = Documenten op dit apparaat
settings-document-team = Teamgegevens
settings-document-leadership = Directiegegevens
settings-storage = Opslag
settings-quarantine-empty = Er zijn geen beschadigde gegevens gevonden.
settings-quarantine-title = Apart gezette gegevens
settings-quarantine-help = Deze opgeslagen onderdelen konden niet worden gelezen en zijn apart gezet in plaats van verwijderd, zodat er niets verloren gaat.

## Synchronisatie
sync-local = Alleen op dit apparaat
sync-offline = Offline: wijzigingen worden hier bewaard en verstuurd zodra de relay bereikbaar is
sync-connecting = Verbinden met de relay…
sync-syncing = Synchroniseren…
sync-synced = Gesynchroniseerd om { $time }
sync-refused = De relay heeft dit apparaat geweigerd ({ $reason }).
sync-pending = { $count ->
    [one] { $count } wijziging nog niet op de relay
   *[other] { $count } wijzigingen nog niet op de relay
}
sync-title = Synchroniseren met andere apparaten
sync-help = Apparaten synchroniseren via een relay die de gegevens bewaart, zodat ook apparaten die nooit tegelijk online zijn elkaars wijzigingen krijgen. Directiegegevens komen alleen bij de CEO en de operationeel assistent terecht.
sync-relay = Relay-adres
sync-relay-placeholder = relay.example.com of 127.0.0.1:3030
sync-connect = Opslaan en verbinden
sync-open-server = Dit is een standaard automerge-repo-syncserver (zonder uitnodigingen)
sync-open-server-warning = Wie die server beheert, kan elk document lezen dat hij krijgt. Handover synchroniseert daarom alleen de teamgegevens ermee; directiegegevens blijven op de apparaten van de CEO en de operationeel assistent.
sync-key-title = Werkruimtesleutel
sync-key-help = Start de relay met deze sleutel (handover-relay --workspace-key=…). Hiermee kan de relay uitnodigingen controleren, maar je kunt er geen uitnodigingen mee maken.
sync-key-failed = De werkruimtesleutel kon op dit apparaat niet worden gelezen of opgeslagen.
invite-title = Iemand uitnodigen
invite-help = Met een uitnodiging kan één apparaat deelnemen aan deze werkruimte. De operationeel assistent krijgt alle gegevens; teamleden krijgen nooit directiegegevens.
invite-create = Uitnodiging aanmaken
invite-code = Uitnodigingscode: stuur deze code, of de link hieronder, naar degene die je uitnodigt.
invite-link = Uitnodigingslink
invite-error-malformed = Dit is geen volledige uitnodigingscode. Vraag om een nieuwe uitnodiging en kopieer de hele code.
invite-error-relay = Het relay-adres in deze uitnodiging is ongeldig. Vraag om een nieuwe uitnodiging.
join-code = Uitnodigingscode of -link
join-submit = Deelnemen aan werkruimte

# Trust: device keys, invites and revocation
error-unreachable = Op dit adres antwoordde geen Handover-relay. Controleer of de relay draait en of het adres klopt; vink hieronder het vakje aan voor een standaard automerge-repo-syncserver.
error-duplicate = Deze naam bestaat al. Kies een andere.
invite-error-tampered = Deze uitnodiging is na het maken gewijzigd en kan niet worden gebruikt. Vraag om een nieuwe uitnodiging.
invite-error-expired = Deze uitnodiging is verlopen. Vraag om een nieuwe.
sync-refused-revoked = De toegang van dit apparaat is ingetrokken door de eigenaar van de werkruimte. Het houdt wat het heeft, maar synchroniseert niet meer.
sync-refused-expired = De toegang van dit apparaat is verlopen. Vraag de CEO om een nieuwe uitnodiging en vul die in bij Instellingen.
sync-refused-wrong-relay = De server op dit adres is niet de relay uit je uitnodiging, dus er is niets naartoe gestuurd.
sync-refused-redeemed-elsewhere = Deze uitnodiging is al op een ander apparaat gebruikt. Vraag om een nieuwe uitnodiging.
sync-refused-device-key = Deze browser kon de apparaatsleutel niet gebruiken. Open de app via https.
sync-relay-key = De sleutel van de relay:
invite-list-title = Uitnodigingen en apparaten
invite-list-empty = Nog geen uitnodigingen gemaakt. Maak er een met “Uitnodiging aanmaken” voor elke collega die de app op een eigen apparaat gaat gebruiken.
invite-revoke = Intrekken
invite-revoked = Ingetrokken
invite-delegated = Gemaakt door de waarnemend CEO
invite-revoke-confirm = De toegang van { $name } intrekken? Hun apparaten stoppen binnen enkele seconden met synchroniseren.
invite-list-failed = De lijst met uitnodigingen kon niet worden gelezen.
trust-reverify-title = Dit apparaat opnieuw verifiëren
trust-missing = Dit apparaat is ingesteld voordat apparaten een eigen sleutel hadden. Het kan geen leidinggevende gegevens tonen of synchroniseren tot het opnieuw is geverifieerd.
trust-expired = De toegang van dit apparaat is verlopen.
trust-invalid = De toegang van dit apparaat kon niet worden geverifieerd.
trust-refused = De relay accepteert dit apparaat niet meer.
trust-reverify-help = Vraag de CEO om een nieuwe uitnodiging voor jou (Instellingen → Uitnodigingen) en plak die hier. Alles op dit apparaat blijft bewaard.
trust-reverify-submit = Dit apparaat verifiëren
invite-renew = Nieuwe uitnodiging voor deze persoon
author-unknown-device = Auteur niet geverifieerd: geen apparaat van de werkruimte heeft dit geschreven.
author-not-claimed = Auteur niet geverifieerd: geschreven op het apparaat van iemand anders.
