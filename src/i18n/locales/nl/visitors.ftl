nav-visitors = Bezoekers
visitors-title = Bezoekers
visitors-intro = Wie er verwacht wordt, wie er nu is en voor wie. Gastheren en -vrouwen zien op hun eigen apparaat wanneer hun bezoeker er is.
visitors-expect = Bezoeker aankondigen
visitors-on-site = Nu aanwezig
visitors-expected-today = Vandaag verwacht
visitors-expected-later = Later verwacht
visitors-past = Eerdere bezoeken
visitors-count = { $count ->
    [one] 1 bezoeker
   *[other] { $count } bezoekers
}
visitors-empty = Nog geen bezoekers. Komt er iemand voor een collega, kies dan „Bezoeker aankondigen”.
visitors-none-on-site = Er is nu niemand aanwezig.
visitors-none-today = Vandaag wordt verder niemand verwacht.
visitors-none-later = Voor latere dagen zijn geen bezoekers aangekondigd.
visitors-none-past = Nog geen eerdere bezoeken.
visitors-arrived-banner = { $count ->
    [one] Je bezoeker is er: { $names }.
   *[other] Er zijn { $count } bezoekers voor je: { $names }.
}
visitors-see = Bekijk bezoekers
visitors-waiting-for-you = { $count ->
    [one] 1 bezoeker is er voor je
   *[other] { $count } bezoekers zijn er voor je
}
visitors-field-name = Naam bezoeker
visitors-field-organisation = Organisatie
visitors-field-host = Op bezoek bij
visitors-choose-host = Kies een collega
visitors-field-day = Verwacht op
visitors-field-time = Om (optioneel)
visitors-field-notes = Notities
visitors-save = Bezoeker opslaan
visitors-for = voor { $name }
visitors-expected-on = verwacht { $when }
visitors-arrived-at = aangekomen { $when }
visitors-left-at = vertrokken { $when }
visitors-badge = pas { $badge }
visitors-field-badge = Bezoekerspas
visitors-mark-arrived = Aangekomen
visitors-mark-left = Vertrokken
visit-status-expected = Verwacht
visit-status-arrived = Aanwezig
visit-status-left = Vertrokken
error-before-arrival = Een bezoeker kan niet vertrekken voordat hij of zij aankwam. Controleer de klok van dit apparaat.
error-badge-in-use = Een andere aanwezige bezoeker draagt deze pas al. Geef een andere.
error-not-arrived = Deze bezoeker is nog niet aangekomen en kan dus niet vertrekken.
