# Handover — Nederlands

app-name = Handover
app-tagline = De operationele desk die gewoon doorwerkt als jij er niet bent.

## Algemeen
nav-main = Hoofdnavigatie
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
action-add = Toevoegen

## Validatie
error-required = Vul dit veld in.
error-too-long = Gebruik maximaal { $max } tekens.
error-invalid-email = Dit lijkt geen e-mailadres te zijn.
error-invalid-phone = Gebruik alleen cijfers, spaties en + - ( ).
error-unknown-record = Dit bestaat niet meer; misschien is het op een ander apparaat verwijderd.
error-form = Verbeter de gemarkeerde velden. Er is niets opgeslagen.
error-save = Opslaan is niet gelukt: { $reason }

## Klanten
clients-title = Klanten
clients-new = Nieuwe klant
clients-search = Zoeken
clients-search-placeholder = Naam, bedrijf, contactpersoon of e-mail
clients-filter-status = Status
clients-filter-all = Alle statussen
clients-empty = Nog geen klanten. Voeg je eerste klant toe om te beginnen.
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
contacts-empty = Nog geen contactpersonen.
contacts-add = Contactpersoon toevoegen
contacts-remove-confirm = { $name } verwijderen uit de contactpersonen?

## Contactmomenten
interactions-title = Contactmomenten
interactions-empty = Nog niets vastgelegd.
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
settings-sync-later = Synchroniseren met andere apparaten is nog niet ingesteld.
