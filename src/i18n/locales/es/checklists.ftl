# Handover — es: checklists

onboarding-title = Incorporación
templates-title = Plantillas de listas
