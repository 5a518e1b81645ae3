# Handover — en: peer
