# Handover — nl: peer

## Direct synchroniseren met een apparaat in de buurt
direct-title = Direct synchroniseren met een apparaat in de buurt
direct-help = Twee apparaten op hetzelfde kantoor kunnen zonder relay of internet met elkaar synchroniseren. Begin op het ene apparaat en voer de code daarvan in op het andere.
direct-offer = Toon een code voor het andere apparaat
direct-answer = Voer een code van het andere apparaat in
direct-busy = Code wordt klaargemaakt…
direct-offer-show = Kies op het andere apparaat “Voer een code van het andere apparaat in” en scan of plak deze code.
direct-answer-paste = Plak daarna de code die het andere apparaat toont
direct-offer-paste = Code van het andere apparaat
direct-make-answer = Maak mijn code
direct-answer-show = Scan of plak deze code nu op het eerste apparaat en kies Verbinden.
direct-connect = Verbinden
direct-stop = Direct synchroniseren stoppen
direct-qr-label = De code als QR-code
direct-code-label = De code als tekst
direct-connecting = Verbinden met het andere apparaat…
direct-syncing = Verbonden met het apparaat van { $name }, bezig met synchroniseren…
direct-synced = Verbonden met het apparaat van { $name }, gesynchroniseerd om { $time }
direct-closed = De directe verbinding is beëindigd.
direct-error-not-a-code = Dit is geen Handover-code. Kopieer de hele code van het andere apparaat.
direct-error-wrong-kind = Dit is de eerste code van het andere apparaat. Plak de code die het toont nadat u de uwe hebt ingevoerd.
direct-error-damaged = Deze code is onvolledig of beschadigd. Kopieer de hele code opnieuw.
direct-error-other-workspace = Deze code komt van een apparaat van een andere werkruimte.
direct-error-no-network = Dit apparaat vond geen netwerk om verbinding te maken. Verbind beide apparaten met hetzelfde netwerk en probeer het opnieuw.
direct-error-browser = De browser kon de verbinding niet opzetten: { $reason }
direct-relay-help = Beide apparaten zijn met de relay verbonden: bied de verbinding aan het apparaat van een collega aan, die haar daar accepteert. De gegevens gaan dan rechtstreeks tussen de twee apparaten, ook als de relay of het internet wegvalt.
direct-relay-member = Collega
direct-relay-choose = Kies een collega
direct-relay-offer = Directe verbinding aanbieden
direct-invited = Wachten tot { $name } de directe verbinding op het eigen apparaat accepteert…
direct-offer-arrived = Het apparaat van { $name } biedt aan om direct met dit apparaat te synchroniseren.
direct-accept = Accepteren
direct-decline = Weigeren
direct-error-relay-offline = Dit apparaat is nu niet met de relay verbonden. Wissel de codes in plaats daarvan met de hand uit.
direct-refused-unverified = Het andere apparaat heeft niet bewezen dat het bij deze werkruimte hoort; er is geen enkel record naartoe gestuurd.
direct-refused-someone-else = Het apparaat dat antwoordde is niet het apparaat waarvoor het aanbod was; er is geen enkel record naartoe gestuurd.
