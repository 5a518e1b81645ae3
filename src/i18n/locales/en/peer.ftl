# Handover — en: peer

## Direct sync with a device nearby
direct-title = Sync directly with a device nearby
direct-help = Two devices in the same office can sync with each other without a relay or internet. Start on one device, then enter its code on the other.
direct-offer = Show a code for the other device
direct-answer = Enter a code from the other device
direct-busy = Preparing the code…
direct-offer-show = On the other device, choose “Enter a code from the other device” and scan or paste this code.
direct-answer-paste = Then paste the code the other device shows
direct-offer-paste = Code from the other device
direct-make-answer = Make my code
direct-answer-show = Now scan or paste this code on the first device and choose Connect.
direct-connect = Connect
direct-stop = Stop direct sync
direct-qr-label = The code as a QR code
direct-code-label = The code as text
direct-connecting = Connecting to the other device…
direct-syncing = Linked with { $name }’s device, syncing…
direct-synced = Linked with { $name }’s device, synced at { $time }
direct-closed = The direct link has ended.
direct-error-not-a-code = This is not a Handover code. Copy the whole code from the other device.
direct-error-wrong-kind = This is the other device’s first code. Paste the code it shows after entering yours.
direct-error-damaged = This code is incomplete or damaged. Copy the whole code again.
direct-error-other-workspace = This code comes from a device of another workspace.
direct-error-no-network = This device found no network to link over. Connect both devices to the same network and try again.
direct-error-browser = The browser could not set up the link: { $reason }
direct-relay-help = Both devices are connected to the relay: offer the link to a colleague’s device and they accept it there. The records then flow directly between the two devices, even if the relay or the internet goes away.
direct-relay-member = Colleague
direct-relay-choose = Choose a colleague
direct-relay-offer = Offer a direct link
direct-invited = Waiting for { $name } to accept the direct link on their device…
direct-offer-arrived = { $name }’s device offers to sync directly with this device.
direct-accept = Accept
direct-decline = Decline
direct-error-relay-offline = This device is not connected to the relay right now. Exchange the codes by hand instead.
direct-refused-unverified = The other device did not prove it belongs to this workspace, so no record was sent to it.
direct-refused-someone-else = The device that answered is not the one the offer was for, so no record was sent to it.
