# Handover — en: leadership

announcements-title = Announcements
escalations-title = Escalations
