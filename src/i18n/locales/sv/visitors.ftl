nav-visitors = Besökare
visitors-title = Besökare
visitors-intro = Vem som väntas, vem som är här nu och för vem. Värden ser på sin egen enhet när besökaren kommit.
visitors-expect = Anmäl en besökare
visitors-on-site = På plats nu
visitors-expected-today = Väntas i dag
visitors-expected-later = Väntas senare
visitors-past = Tidigare besök
visitors-count = { $count ->
    [one] 1 besökare
   *[other] { $count } besökare
}
visitors-empty = Inga besökare ännu. När någon ska träffa en kollega, välj ”Anmäl en besökare”.
visitors-none-on-site = Ingen besökare är på plats just nu.
visitors-none-today = Ingen mer väntas i dag.
visitors-none-later = Inga besökare väntas senare dagar.
visitors-none-past = Inga tidigare besök ännu.
visitors-arrived-banner = { $count ->
    [one] Din besökare har kommit: { $names }.
   *[other] { $count } besökare har kommit till dig: { $names }.
}
visitors-see = Visa besökare
visitors-waiting-for-you = { $count ->
    [one] 1 besökare väntar på dig
   *[other] { $count } besökare väntar på dig
}
visitors-field-name = Besökarens namn
visitors-field-organisation = Organisation
visitors-field-host = Ska träffa
visitors-choose-host = Välj en kollega
visitors-field-day = Väntas den
visitors-field-time = Klockan (valfritt)
visitors-field-notes = Anteckningar
visitors-save = Spara besökare
visitors-for = till { $name }
visitors-expected-on = väntas { $when }
visitors-arrived-at = kom { $when }
visitors-left-at = gick { $when }
visitors-badge = bricka { $badge }
visitors-field-badge = Besöksbricka
visitors-mark-arrived = Har kommit
visitors-mark-left = Har gått
visit-status-expected = Väntas
visit-status-arrived = På plats
visit-status-left = Har gått
error-before-arrival = En besökare kan inte gå innan hen kommit. Kontrollera den här enhetens klocka.
error-badge-in-use = En annan besökare på plats bär redan den här brickan. Ge en annan.
error-not-arrived = Besökaren har inte kommit än och kan därför inte gå.
