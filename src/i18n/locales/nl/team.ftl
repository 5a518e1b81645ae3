# Handover — nl: team

team-title = Team
