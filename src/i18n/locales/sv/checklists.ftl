# Handover — sv: checklists

## Kinds
checklist-kind-onboarding = Introduktion
checklist-kind-offboarding = Avslut

## The onboarding desk
onboarding-title = Introduktion och avslut
onboarding-in-progress = Pågående
onboarding-empty = Inga pågående checklistor. Starta introduktion eller avslut från en kunds sida.
onboarding-completed = { $count ->
    [one] En avslutad checklista
   *[other] { $count } avslutade checklistor
}
onboarding-col-client = Kund
onboarding-col-progress = Framsteg
onboarding-col-next = Nästa steg
onboarding-col-overdue = Försenade steg
onboarding-next-due = { $title } (senast { $day })
clients-col-progress = Checklista

## A client's checklists
checklists-title = Introduktion och avslut
checklists-empty = Ingen introduktion eller avslut för den här kunden ännu. Välj ”Starta introduktion” när kunden skriver på.
checklists-start-onboarding = Starta introduktion
checklists-start-offboarding = Starta avslut
checklists-choose-template = Vilken mall?
checklists-start = Starta
checklists-no-steps = Mallarna av den här typen har inga steg ännu. Lägg först till steg under Checklistmallar.
checklists-start-failed = Checklistan kunde inte startas. Försök igen.
checklist-progress = { $done } av { $total } klara
checklist-started = Startad av { $name } { $when }
checklist-step-due = Senast { $day }
checklist-step-overdue = Försenad: skulle vara klar { $day }
checklist-step-done-by = Avbockad av { $name } { $when }
checklist-step-owner = Ansvarig för ”{ $title }”
checklist-step-save-failed = Ändringen kunde inte sparas. Steget kan ha tagits bort på en annan enhet.
checklist-remove = Ta bort checklistan
checklist-remove-confirm = Ta bort checklistan ”{ $name }”? Avbockade steg försvinner och kunden visar sin sparade status igen.

## Templates
templates-title = Checklistmallar
templates-back = Tillbaka till introduktion
templates-new = Ny mall
templates-create = Skapa mall
templates-onboarding = Mallar för introduktion
templates-offboarding = Mallar för avslut
templates-none = Det finns ingen mall av den här typen ännu. Börja med standardmallen och anpassa den efter ert företag.
templates-add-defaults = Lägg till standardmallen
templates-rename = Byt namn
templates-delete = Ta bort mallen
templates-delete-confirm = Ta bort mallen ”{ $name }”? Checklistor som redan startats från den ändras inte.
templates-updated = Senast ändrad av { $name } { $when }
templates-steps-empty = Mallen har inga steg ännu. Lägg till det första.
templates-add-step = Lägg till steg
templates-step-day = { $days ->
    [0] Klar senast första dagen
   *[other] Klar senast dag { $days }
}
templates-step-no-day = Inget slutdatum
templates-move-up = Flytta upp
templates-move-down = Flytta ned
field-template-name = Mallens namn
field-step-title = Steg
field-step-offset = Klar efter (dagar från start)
field-step-offset-placeholder = Lämna tomt för inget slutdatum
field-step-owner = Görs normalt av

## The default templates
default-onboarding-name = Standardintroduktion
default-onboarding-welcome-call = Välkomstsamtal med kunden
default-onboarding-contract-signed = Avtal undertecknat och arkiverat
default-onboarding-accounts = Behörigheter och konton upplagda
default-onboarding-kick-off = Uppstartsmöte
default-onboarding-first-check-in = Första avstämningen efter två veckor
default-onboarding-satisfaction = Fråga hur nöjd kunden är efter första månaden
default-offboarding-name = Standardavslut
default-offboarding-exit-conversation = Avslutande samtal med kunden
default-offboarding-final-invoice = Slutfaktura skickad
default-offboarding-revoke-access = Behörigheter och konton borttagna
default-offboarding-hand-back-documents = Dokument och material återlämnade
default-offboarding-feedback = Återkoppling och nöjdhet efterfrågad
default-offboarding-archive = Uppgifterna arkiverade
