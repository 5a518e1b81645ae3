# Handover — en: team

team-title = Team
