# Handover — es: peer

## Sincronización directa con un dispositivo cercano
direct-title = Sincronizar directamente con un dispositivo cercano
direct-help = Dos dispositivos en la misma oficina pueden sincronizarse entre sí sin relé ni internet. Empiece en un dispositivo y luego introduzca su código en el otro.
direct-offer = Mostrar un código para el otro dispositivo
direct-answer = Introducir un código del otro dispositivo
direct-busy = Preparando el código…
direct-offer-show = En el otro dispositivo, elija «Introducir un código del otro dispositivo» y escanee o pegue este código.
direct-answer-paste = Después pegue el código que muestra el otro dispositivo
direct-offer-paste = Código del otro dispositivo
direct-make-answer = Crear mi código
direct-answer-show = Ahora escanee o pegue este código en el primer dispositivo y elija Conectar.
direct-connect = Conectar
direct-stop = Detener la sincronización directa
direct-qr-label = El código como código QR
direct-code-label = El código como texto
direct-connecting = Conectando con el otro dispositivo…
direct-syncing = Conectado con el dispositivo de { $name }, sincronizando…
direct-synced = Conectado con el dispositivo de { $name }, sincronizado a las { $time }
direct-closed = La conexión directa ha terminado.
direct-error-not-a-code = Esto no es un código de Handover. Copie el código completo del otro dispositivo.
direct-error-wrong-kind = Este es el primer código del otro dispositivo. Pegue el código que muestra después de introducir el suyo.
direct-error-damaged = Este código está incompleto o dañado. Vuelva a copiar el código completo.
direct-error-other-workspace = Este código viene de un dispositivo de otro espacio de trabajo.
direct-error-no-network = Este dispositivo no encontró ninguna red para conectarse. Conecte ambos dispositivos a la misma red e inténtelo de nuevo.
direct-error-browser = El navegador no pudo establecer la conexión: { $reason }
direct-relay-help = Ambos dispositivos están conectados al relé: ofrezca la conexión al dispositivo de un compañero y este la acepta allí. Los registros pasan entonces directamente entre los dos dispositivos, aunque el relé o internet dejen de estar disponibles.
direct-relay-member = Compañero
direct-relay-choose = Elija un compañero
direct-relay-offer = Ofrecer una conexión directa
direct-invited = Esperando a que { $name } acepte la conexión directa en su dispositivo…
direct-offer-arrived = El dispositivo de { $name } ofrece sincronizar directamente con este dispositivo.
direct-accept = Aceptar
direct-decline = Rechazar
direct-error-relay-offline = Este dispositivo no está conectado al relé en este momento. Intercambie los códigos a mano.
direct-refused-unverified = El otro dispositivo no demostró pertenecer a este espacio de trabajo, así que no se le envió ningún registro.
direct-refused-someone-else = El dispositivo que respondió no es al que iba dirigida la oferta, así que no se le envió ningún registro.
