# Handover — sv: peer
