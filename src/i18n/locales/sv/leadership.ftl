# Handover — sv: leadership

announcements-title = Meddelanden
escalations-title = Eskaleringar
