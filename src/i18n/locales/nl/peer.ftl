# Handover — nl: peer
