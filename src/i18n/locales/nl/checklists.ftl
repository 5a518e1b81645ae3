# Handover — nl: checklists

onboarding-title = Onboarding
templates-title = Checklistsjablonen
