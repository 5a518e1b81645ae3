nav-visitors = Visitas
visitors-title = Visitas
visitors-intro = Quién se espera, quién está aquí ahora y para quién. Cada anfitrión ve en su propio dispositivo cuándo llega su visita.
visitors-expect = Anunciar una visita
visitors-on-site = En la oficina ahora
visitors-expected-today = Previstas hoy
visitors-expected-later = Previstas más adelante
visitors-past = Visitas anteriores
visitors-count = { $count ->
    [one] 1 visita
   *[other] { $count } visitas
}
visitors-empty = Aún no hay visitas. Cuando alguien venga a ver a un compañero, elige «Anunciar una visita».
visitors-none-on-site = Ahora mismo no hay nadie de visita.
visitors-none-today = No se espera a nadie más hoy.
visitors-none-later = No hay visitas previstas para otros días.
visitors-none-past = Aún no hay visitas anteriores.
visitors-arrived-banner = { $count ->
    [one] Ha llegado tu visita: { $names }.
   *[other] Han llegado { $count } visitas para ti: { $names }.
}
visitors-see = Ver visitas
visitors-waiting-for-you = { $count ->
    [one] 1 visita te espera
   *[other] { $count } visitas te esperan
}
visitors-field-name = Nombre de la visita
visitors-field-organisation = Organización
visitors-field-host = Viene a ver a
visitors-choose-host = Elige a un compañero
visitors-field-day = Prevista el
visitors-field-time = A las (opcional)
visitors-field-notes = Notas
visitors-save = Guardar visita
visitors-for = para { $name }
visitors-expected-on = prevista { $when }
visitors-arrived-at = llegó { $when }
visitors-left-at = se fue { $when }
visitors-badge = tarjeta { $badge }
visitors-field-badge = Tarjeta de visita
visitors-mark-arrived = Ha llegado
visitors-mark-left = Se ha ido
visit-status-expected = Prevista
visit-status-arrived = En la oficina
visit-status-left = Se fue
error-before-arrival = Una visita no puede irse antes de haber llegado. Revisa el reloj de este dispositivo.
error-badge-in-use = Otra visita que está en la oficina lleva esta tarjeta. Da otra.
error-not-arrived = Esta visita aún no ha llegado, así que no puede irse.
