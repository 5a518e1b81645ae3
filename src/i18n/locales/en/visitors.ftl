nav-visitors = Visitors
visitors-title = Visitors
visitors-intro = Who is expected, who is here now and for whom. Hosts see on their own device when their visitor arrives.
visitors-expect = Expect a visitor
visitors-on-site = On site now
visitors-expected-today = Expected today
visitors-expected-later = Expected later
visitors-past = Past visits
visitors-count = { $count ->
    [one] 1 visitor
   *[other] { $count } visitors
}
visitors-empty = No visitors yet. When someone is coming to see a colleague, choose “Expect a visitor”.
visitors-none-on-site = Nobody is on site right now.
visitors-none-today = Nobody else is expected today.
visitors-none-later = No visitors expected on later days.
visitors-none-past = No past visits yet.
visitors-arrived-banner = { $count ->
    [one] Your visitor has arrived: { $names }.
   *[other] { $count } visitors have arrived for you: { $names }.
}
visitors-see = See visitors
visitors-waiting-for-you = { $count ->
    [one] 1 visitor is here for you
   *[other] { $count } visitors are here for you
}
visitors-field-name = Visitor’s name
visitors-field-organisation = Organisation
visitors-field-host = Visiting
visitors-choose-host = Choose a colleague
visitors-field-day = Expected on
visitors-field-time = At (optional)
visitors-field-notes = Notes
visitors-save = Save visitor
visitors-for = for { $name }
visitors-expected-on = expected { $when }
visitors-arrived-at = arrived { $when }
visitors-left-at = left { $when }
visitors-badge = badge { $badge }
visitors-field-badge = Badge
visitors-mark-arrived = Arrived
visitors-mark-left = Left
visit-status-expected = Expected
visit-status-arrived = On site
visit-status-left = Left
error-before-arrival = A visitor cannot leave before they arrived. Check this device’s clock.
error-badge-in-use = Another visitor on site is wearing this badge. Give a different one.
error-not-arrived = This visitor has not arrived yet, so they cannot leave.
