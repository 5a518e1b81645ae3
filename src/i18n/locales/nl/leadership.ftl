# Handover — nl: leadership

announcements-title = Mededelingen
escalations-title = Escalaties
