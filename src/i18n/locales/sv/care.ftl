# Handover — sv: care

follow-ups-title = Uppföljning
