# Handover — es: peer
