# Handover — es: leadership

announcements-title = Anuncios
escalations-title = Escalados
