# Handover — es: care

follow-ups-title = Seguimientos
