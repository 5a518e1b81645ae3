# Handover — sv: peer

## Synkronisera direkt med en enhet i närheten
direct-title = Synkronisera direkt med en enhet i närheten
direct-help = Två enheter på samma kontor kan synkronisera med varandra utan relä eller internet. Börja på den ena enheten och ange sedan dess kod på den andra.
direct-offer = Visa en kod för den andra enheten
direct-answer = Ange en kod från den andra enheten
direct-busy = Koden förbereds…
direct-offer-show = Välj ”Ange en kod från den andra enheten” på den andra enheten och skanna eller klistra in den här koden.
direct-answer-paste = Klistra sedan in koden som den andra enheten visar
direct-offer-paste = Kod från den andra enheten
direct-make-answer = Skapa min kod
direct-answer-show = Skanna eller klistra nu in den här koden på den första enheten och välj Anslut.
direct-connect = Anslut
direct-stop = Sluta synkronisera direkt
direct-qr-label = Koden som QR-kod
direct-code-label = Koden som text
direct-connecting = Ansluter till den andra enheten…
direct-syncing = Ansluten till { $name }s enhet, synkroniserar…
direct-synced = Ansluten till { $name }s enhet, synkroniserad kl. { $time }
direct-closed = Den direkta anslutningen har avslutats.
direct-error-not-a-code = Det här är ingen Handover-kod. Kopiera hela koden från den andra enheten.
direct-error-wrong-kind = Det här är den andra enhetens första kod. Klistra in koden som den visar när du har angett din.
direct-error-damaged = Koden är ofullständig eller skadad. Kopiera hela koden igen.
direct-error-other-workspace = Koden kommer från en enhet i en annan arbetsyta.
direct-error-no-network = Enheten hittade inget nätverk att ansluta över. Anslut båda enheterna till samma nätverk och försök igen.
direct-error-browser = Webbläsaren kunde inte upprätta anslutningen: { $reason }
direct-relay-help = Båda enheterna är anslutna till reläet: erbjud anslutningen till en kollegas enhet, som godkänner den där. Uppgifterna går sedan direkt mellan de två enheterna, även om reläet eller internet försvinner.
direct-relay-member = Kollega
direct-relay-choose = Välj en kollega
direct-relay-offer = Erbjud en direkt anslutning
direct-invited = Väntar på att { $name } godkänner den direkta anslutningen på sin enhet…
direct-offer-arrived = { $name }s enhet erbjuder att synkronisera direkt med den här enheten.
direct-accept = Godkänn
direct-decline = Avböj
direct-error-relay-offline = Enheten är inte ansluten till reläet just nu. Utbyt koderna för hand i stället.
direct-refused-unverified = Den andra enheten bevisade inte att den hör till arbetsytan, så ingen post skickades till den.
direct-refused-someone-else = Enheten som svarade är inte den som erbjudandet gällde, så ingen post skickades till den.
