# Handover — en: care

follow-ups-title = Follow-ups
