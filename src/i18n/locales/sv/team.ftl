# Handover — sv: team

team-title = Team
team-nav = Teamets skrivbord
team-nav-board = Tavla
team-nav-list = Lista
team-nav-members = Medlemmar
team-nav-new = Ny uppgift

## Tasks
task-status-todo = Att göra
task-status-in-progress = Pågår
task-status-blocked = Blockerad
task-status-done = Klar
priority-low = Låg
priority-normal = Normal
priority-high = Hög
priority-urgent = Brådskande
task-field-title = Rubrik
task-field-description = Beskrivning
task-field-assignee = Ansvarig
task-field-due = Förfallodatum
task-field-priority = Prioritet
task-field-blocked-reason = Varför är den blockerad?
task-field-client = Kund
task-field-comment = Kommentar
task-new-title = Ny uppgift
task-unassigned = Ingen ansvarig
task-no-client = Ingen kund
task-client-gone = Borttagen kund
task-due = Förfaller { $day }
task-no-due = Inget förfallodatum
task-no-description = Ingen beskrivning.
task-overdue = Försenad
task-stalled = Står still
task-delete = Ta bort uppgiften
task-delete-confirm = Ta bort uppgiften ”{ $title }” och dess kommentarer?
task-not-found = Uppgiften finns inte. Den kan ha tagits bort på en annan enhet.
task-back = Tillbaka till tavlan

## Board
board-help = Dra ett kort till en annan kolumn, eller använd kortets lista ”Flytta till”.
board-column-empty = Inga uppgifter här. Lägg till en med ”Ny uppgift”, eller flytta hit ett kort.
list-shown = Visar { $shown } av { $total }
list-show-more = Visa { $count } till
board-move-to = Flytta till
board-move-choose = Välj en kolumn…
board-block = Markera som blockerad
board-moved = ”{ $title }” flyttades till { $status }.

## Task list
tasks-title = Uppgifter
tasks-filters = Filter
tasks-filter-everyone = Alla
tasks-filter-all = Alla statusar
tasks-filter-any-client = Alla kunder
tasks-filter-overdue = Bara försenade
tasks-filter-stalled = Bara de som står still
tasks-empty = Inga uppgifter än. Skapa den första med ”Ny uppgift”.
tasks-no-match = Inga uppgifter matchar filtren.
tasks-count = { $count ->
    [one] { $count } uppgift
   *[other] { $count } uppgifter
}

## Comments
comments-title = Kommentarer
comments-empty = Inga kommentarer än. Ställ en fråga eller skriv en anteckning här.
comments-add = Lägg till kommentar
comment-by = { $name }, { $when }

## Members
members-title = Medlemmar
members-back = Alla medlemmar
members-workload = Arbetsbelastning
members-workload-help = Arbetsbelastningen räknar öppna uppgifter; den röda delen av stapeln är försenade.
members-load = { $open } öppna · { $overdue } försenade
member-field-active = Aktiv
member-active = Aktiv
member-inactive = Inaktiv
member-active-label = Aktiv medlem (kan få uppgifter)
member-role-locked = Bara VD:n eller driftsassistenten kan ändra roller.
member-not-found = Medlemmen finns inte.
member-open-tasks = Öppna uppgifter
member-no-tasks = Inga öppna uppgifter. Ge personen en med ”Ny uppgift” i Team-delen.
