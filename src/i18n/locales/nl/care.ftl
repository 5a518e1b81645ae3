# Handover — nl: care

follow-ups-title = Opvolging
