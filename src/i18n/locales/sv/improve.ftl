# Handover — sv: improve, requests, conflicts

improvements-title = Förbättra
requests-title = Förfrågningar
conflicts-title = Konflikter

## Requests

requests-intro = Registrera det som kommer in via e-post, telefon, personligen eller meddelande. Varje förfrågan hänvisas direkt enligt regeln för sin typ.
requests-log-title = Registrera en förfrågan
requests-log = Registrera förfrågan
request-field-from = Från vem
request-field-channel = Kom in via
request-field-kind = Typ
request-field-asked = Vad efterfrågas
request-kind-email = E-post
request-kind-calendar = Kalender
request-kind-client = Kund
request-kind-supplies = Förbrukningsmaterial
request-kind-facilities = Lokaler
request-kind-other = Övrigt
request-channel-email = E-post
request-channel-phone = Telefon
request-channel-in-person = Personligen
request-channel-message = Meddelande
requests-open-title = Öppna förfrågningar
requests-filter-kind = Typ
requests-filter-all-kinds = Alla typer
requests-filter-target = Hänvisad till
requests-filter-all-targets = Vem som helst
requests-filter-unrouted = Inte hänvisad än
requests-empty = Inga öppna förfrågningar. När någon ber om något noterar du det med ”Registrera förfrågan”; en regel kan skicka det vidare till rätt person.
requests-no-match = Inga öppna förfrågningar matchar filtren.
requests-done-title = Klara
requests-done-empty = Inga förfrågningar är klara än.
request-logged = Via { $channel }, registrerad av { $name }, { $when }
request-referred-by-rule = Hänvisad till { $to } enligt regel, { $when }
request-referred-by = Hänvisad till { $to } av { $name }, { $when }
request-unrouted = Inte hänvisad än: ingen regel gäller för den här typen.
request-done-by = Klar, av { $name }, { $when }
request-mark-done = Markera som klar
request-refer = Hänvisa
request-refer-elsewhere = Hänvisa någon annanstans
request-refer-save = Hänvisa förfrågan
route-executive-assistant = ledningsassistenten
route-field-member = Hänvisa till en kollega
route-member-none = Någon annan (skriv ett namn)
route-field-name = Person eller avdelning
route-field-name-placeholder = Till exempel: kontorschef

## Routing rules

rules-title = Hänvisningsregler
rules-intro = Vart varje typ av förfrågan går. Förfrågningar om e-post och kalender går till ledningsassistenten om du inte anger en annan regel.
rules-unrouted = Ingen regel än
rules-default = Standard
rules-change = Ändra
rules-remove = Ta bort regel
rules-save = Spara regel

## Improvements

improvements-intro = Flaskhalsar du ser och förslag på hur de kan tas bort. VD:n eller driftsassistenten beslutar om varje förslag.
improvements-raise-title = Föreslå en förbättring
improvements-raise = Lägg till förslag
improvements-list-title = Förslag
improvements-empty = Inga förslag än. Beskriv en flaskhals och hur den kan tas bort.
improvement-field-problem = Problem eller flaskhals
improvement-field-proposal = Förslag
improvement-field-effect = Förväntad effekt
improvement-raised = Föreslaget av { $name }, { $when }
improvement-decided = { $status } av { $name }, { $when }
improvement-approve = Godkänn
improvement-drop = Avslå
improvement-implement = Markera som genomfört
improvement-leadership-decides = VD:n eller driftsassistenten beslutar om det här förslaget.
proposal-status-proposed = Föreslaget
proposal-status-approved = Godkänt
proposal-status-implemented = Genomfört
proposal-status-dropped = Avslaget

## Hints

hints-title = Signaler i era uppgifter
hints-stall-title = Där uppgifter blir liggande längst
hints-stall-explanation = För varje status: hur länge öppna uppgifter har legat där sedan statusen senast ändrades, i genomsnitt och som längst.
hints-stall-empty = Inga öppna uppgifter, så inget står still.
hints-stall-item = { $count ->
    [one] 1 uppgift, { $average } (längst { $longest })
   *[other] { $count } uppgifter, i snitt { $average } (längst { $longest })
}
hints-follow-ups-title = Kunder som väntat längst på uppföljning
hints-follow-ups-explanation = Kunder vars planerade uppföljningsdag har passerat utan samtal, e-post, möte eller meddelande sedan dess, de mest försenade först.
hints-follow-ups-empty = Inga uppföljningar är försenade.
hints-follow-ups-item = { $days ->
    [one] 1 dag försenad (planerad { $due })
   *[other] { $days } dagar försenad (planerad { $due })
}
hints-unknown-client = Okänd kund
hints-late-steps-title = Onboardingsteg som oftast blir sena
hints-late-steps-explanation = Onboardingsteg som slutförts efter sitt förfallodatum, eller som fortfarande är öppna efter det, räknade per steg.
hints-late-steps-empty = Inget onboardingsteg har blivit sent.
hints-late-steps-item = { $count ->
    [one] sent en gång
   *[other] sent { $count } gånger
} ({ $done } slutförda sent, { $open } försenade nu)

## Conflicts

conflicts-intro = Meningsskiljaktigheter mellan kollegor eller med kunder: medlingsanteckningar, eskalering till VD:n och hur varje ärende löstes.
conflicts-leadership-only = Konfliktärenden är bara för VD:n och driftsassistenten.
conflicts-open = Öppna ett ärende
conflicts-open-save = Öppna ärende
conflicts-empty = Inga konfliktärenden. När en oenighet med en kund eller mellan kollegor behöver följas upp väljer du ”Öppna ett ärende”.
conflicts-back = Alla konfliktärenden
conflict-title = Konfliktärende
conflict-not-found = Ärendet finns inte. Det kan ha tagits bort på en annan enhet.
conflict-field-parties = Parter
conflict-field-description = Vad har hänt
conflict-party-choose = Välj en kollega eller kund
conflict-party-members = Kollegor
conflict-party-clients = Kunder
conflict-party-add = Lägg till part
conflict-party-remove = Ta bort { $name }
party-kind-member = Kollega
party-kind-client = Kund
conflict-parties = Parter: { $names }
conflict-opened = Öppnat av { $name }, { $when }
conflict-note-count = { $count ->
    [one] 1 anteckning
   *[other] { $count } anteckningar
}
conflict-open = Öppet
conflict-resolved = Löst
conflict-escalated = Eskalerat till VD:n
conflict-escalate = Eskalera till VD:n
conflict-escalated-by = Eskalerat till VD:n av { $name }, { $when }
conflict-notes-title = Medlingsanteckningar
conflict-notes-empty = Inga anteckningar än. Lägg till en anteckning efter varje samtal eller steg mot en lösning.
conflict-field-note = Anteckning
conflict-add-note = Lägg till anteckning
conflict-note-by = { $name }, { $when }
conflict-resolution-title = Lösning
conflict-field-resolution = Hur det löstes
conflict-resolve = Lös ärendet
conflict-resolved-by = Löst av { $name }, { $when }
