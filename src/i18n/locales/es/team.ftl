# Handover — es: team

team-title = Equipo
