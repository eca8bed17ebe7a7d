export { defineKind, PORTAL_DIALECTS, type DossierFacts, type FieldProblem, type KindDeclaration, type LogBookFacts, type PortalDialect, type PortalFields, type Transition } from './define-kind';
export { field, type ActionField, type FieldType } from './fields';
export { COUNTER_KIND_DECLARATIONS, INTAKE_DECLARATION } from './kinds';
export * from './derived';
