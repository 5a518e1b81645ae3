# Handover — sv: checklists

onboarding-title = Introduktion
templates-title = Checklistmallar
