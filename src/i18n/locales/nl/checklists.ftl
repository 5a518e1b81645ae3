# Handover — nl: checklists

## Kinds
checklist-kind-onboarding = Onboarding
checklist-kind-offboarding = Offboarding

## The onboarding desk
onboarding-title = On- en offboarding
onboarding-in-progress = Lopend
onboarding-empty = Er lopen geen checklists. Start on- of offboarding vanaf de pagina van een klant.
onboarding-completed = { $count ->
    [one] Eén afgeronde checklist
   *[other] { $count } afgeronde checklists
}
onboarding-col-client = Klant
onboarding-col-progress = Voortgang
onboarding-col-next = Volgende stap
onboarding-col-overdue = Te late stappen
onboarding-next-due = { $title } (uiterlijk { $day })
clients-col-progress = Checklist

## A client's checklists
checklists-title = On- en offboarding
checklists-empty = Nog geen on- of offboarding voor deze klant. Kies “Onboarding starten” zodra de klant zich aanmeldt.
checklists-start-onboarding = Onboarding starten
checklists-start-offboarding = Offboarding starten
checklists-choose-template = Welk sjabloon?
checklists-start = Starten
checklists-no-steps = De sjablonen van deze soort hebben nog geen stappen. Voeg eerst stappen toe bij Checklistsjablonen.
checklists-start-failed = De checklist kon niet worden gestart. Probeer het opnieuw.
checklist-progress = { $done } van { $total } klaar
checklist-started = Gestart door { $name } op { $when }
checklist-step-due = Uiterlijk { $day }
checklist-step-overdue = Te laat: moest uiterlijk { $day }
checklist-step-done-by = Afgevinkt door { $name } op { $when }
checklist-step-owner = Verantwoordelijke voor “{ $title }”
checklist-step-save-failed = Deze wijziging kon niet worden opgeslagen. Misschien is de stap op een ander apparaat verwijderd.
checklist-remove = Checklist verwijderen
checklist-remove-confirm = De checklist “{ $name }” verwijderen? De afgevinkte stappen gaan verloren en de klant krijgt weer zijn opgeslagen status.

## Templates
templates-title = Checklistsjablonen
templates-back = Terug naar onboarding
templates-new = Nieuw sjabloon
templates-create = Sjabloon maken
templates-onboarding = Onboardingsjablonen
templates-offboarding = Offboardingsjablonen
templates-none = Er is nog geen sjabloon van deze soort. Begin met het standaardsjabloon en pas het aan uw bedrijf aan.
templates-add-defaults = Standaardsjabloon toevoegen
templates-rename = Naam wijzigen
templates-delete = Sjabloon verwijderen
templates-delete-confirm = Het sjabloon “{ $name }” verwijderen? Checklists die er al mee gestart zijn, blijven zoals ze zijn.
templates-updated = Laatst gewijzigd door { $name } op { $when }
templates-steps-empty = Dit sjabloon heeft nog geen stappen. Voeg de eerste toe.
templates-add-step = Stap toevoegen
templates-step-day = { $days ->
    [0] Uiterlijk op de eerste dag
   *[other] Uiterlijk op dag { $days }
}
templates-step-no-day = Geen deadline
templates-move-up = Omhoog
templates-move-down = Omlaag
field-template-name = Naam van het sjabloon
field-step-title = Stap
field-step-offset = Klaar na (dagen vanaf de start)
field-step-offset-placeholder = Leeg laten voor geen deadline
field-step-owner = Standaard uitgevoerd door

## The default templates
default-onboarding-name = Standaard onboarding
default-onboarding-welcome-call = Welkomstgesprek met de klant
default-onboarding-contract-signed = Contract getekend en gearchiveerd
default-onboarding-accounts = Toegang en accounts ingericht
default-onboarding-kick-off = Kick-off-overleg
default-onboarding-first-check-in = Eerste evaluatie na twee weken
default-onboarding-satisfaction = Na de eerste maand vragen hoe tevreden de klant is
default-offboarding-name = Standaard offboarding
default-offboarding-exit-conversation = Afsluitend gesprek met de klant
default-offboarding-final-invoice = Eindfactuur verstuurd
default-offboarding-revoke-access = Toegang en accounts ingetrokken
default-offboarding-hand-back-documents = Documenten en materialen teruggegeven
default-offboarding-feedback = Feedback en tevredenheid gevraagd
default-offboarding-archive = Dossier gearchiveerd
