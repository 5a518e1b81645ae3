# Handover — sv: team

team-title = Team
