# Handover — en: checklists

onboarding-title = Onboarding
templates-title = Checklist templates
