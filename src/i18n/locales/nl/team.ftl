# Handover — nl: team

team-title = Team
team-nav = Teambureau
team-nav-board = Bord
team-nav-list = Lijst
team-nav-members = Teamleden
team-nav-new = Nieuwe taak

## Tasks
task-status-todo = Te doen
task-status-in-progress = Bezig
task-status-blocked = Geblokkeerd
task-status-done = Klaar
priority-low = Laag
priority-normal = Normaal
priority-high = Hoog
priority-urgent = Dringend
task-field-title = Titel
task-field-description = Omschrijving
task-field-assignee = Toegewezen aan
task-field-due = Deadline
task-field-priority = Prioriteit
task-field-blocked-reason = Waarom is de taak geblokkeerd?
task-field-client = Klant
task-field-comment = Opmerking
task-new-title = Nieuwe taak
task-unassigned = Niet toegewezen
task-no-client = Geen klant
task-client-gone = Verwijderde klant
task-due = Deadline { $day }
task-no-due = Geen deadline
task-no-description = Geen omschrijving.
task-overdue = Te laat
task-stalled = Stilgevallen
task-delete = Taak verwijderen
task-delete-confirm = De taak ‘{ $title }’ en de opmerkingen erbij verwijderen?
task-not-found = Deze taak bestaat niet. Misschien is hij op een ander apparaat verwijderd.
task-back = Terug naar het bord

## Board
board-help = Sleep een kaart naar een andere kolom, of kies een kolom bij ‘Verplaatsen naar’.
board-column-empty = Hier staan geen taken. Voeg er een toe met “Nieuwe taak”, of verplaats een kaart hierheen.
list-shown = { $shown } van { $total } getoond
list-show-more = Toon er nog { $count }
board-move-to = Verplaatsen naar
board-move-choose = Kies een kolom…
board-block = Blokkeren
board-moved = ‘{ $title }’ staat nu bij { $status }.

## Task list
tasks-title = Taken
tasks-filters = Filters
tasks-filter-everyone = Iedereen
tasks-filter-all = Alle statussen
tasks-filter-any-client = Alle klanten
tasks-filter-overdue = Alleen te laat
tasks-filter-stalled = Alleen stilgevallen
tasks-empty = Nog geen taken. Maak de eerste aan met ‘Nieuwe taak’.
tasks-no-match = Geen taken die aan deze filters voldoen.
tasks-count = { $count ->
    [one] { $count } taak
   *[other] { $count } taken
}

## Comments
comments-title = Opmerkingen
comments-empty = Nog geen opmerkingen. Stel hier een vraag of noteer iets.
comments-add = Opmerking plaatsen
comment-by = { $name }, { $when }

## Members
members-title = Teamleden
members-back = Alle teamleden
members-workload = Werklast
members-workload-help = De werklast telt openstaande taken; het rode deel van een balk is te laat.
members-load = { $open } open · { $overdue } te laat
member-field-active = Actief
member-active = Actief
member-inactive = Niet actief
member-active-label = Actief teamlid (kan taken krijgen)
member-role-locked = Alleen de CEO of de operationeel assistent mag rollen wijzigen.
member-not-found = Dit teamlid bestaat niet.
member-open-tasks = Openstaande taken
member-no-tasks = Geen openstaande taken. Geef er een met “Nieuwe taak” op het Team-bureau.
