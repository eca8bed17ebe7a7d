import { z } from 'zod';
import type { LocalizedText } from '../../validation';
import type { DossierStatus } from '../dossier-status';
import type { DossierFacts, FieldProblem, LogBookFacts, PortalDialect, PortalFields, Transition } from './define-kind';
import type { ActionField } from './fields';
import { COUNTER_KIND_DECLARATIONS, INTAKE_DECLARATION } from './kinds';

/** Everything below is read off the declarations in kinds.ts; nothing here names a kind. */
type Declarations = typeof COUNTER_KIND_DECLARATIONS;
type Declaration = Declarations[number];
type SchemasOf<T extends readonly { readonly schema: z.ZodType }[]> = { -readonly [I in keyof T]: T[I]['schema'] };
type Schemas = SchemasOf<Declarations>;

export type CounterActionKind = Declaration['kind'];
export type ActionKind = CounterActionKind | typeof INTAKE_DECLARATION.kind;

/** What the officer fills in for each counter action on an existing dossier. */
export const counterActionSchema = z.discriminatedUnion('kind', COUNTER_KIND_DECLARATIONS.map((d) => d.schema) as unknown as Schemas);
export type CounterAction = z.infer<typeof counterActionSchema>;

export const COUNTER_ACTION_KINDS: readonly CounterActionKind[] = COUNTER_KIND_DECLARATIONS.map((d) => d.kind);
const kindTuple = [INTAKE_DECLARATION.kind, ...COUNTER_ACTION_KINDS] as [ActionKind, ...ActionKind[]];
/** What an officer can record; `intake` creates a new dossier instead. */
export const actionKindSchema = z.enum(kindTuple);

const BY_KIND = new Map<string, Declaration>(COUNTER_KIND_DECLARATIONS.map((d) => [d.kind, d]));
const declarationOf = <K extends CounterActionKind>(kind: K): Extract<Declaration, { kind: K }> =>
  BY_KIND.get(kind) as Extract<Declaration, { kind: K }>;

export const ACTION_KIND_NAMES: Readonly<Record<ActionKind, LocalizedText>> = Object.fromEntries([
  [INTAKE_DECLARATION.kind, INTAKE_DECLARATION.label],
  ...COUNTER_KIND_DECLARATIONS.map((d) => [d.kind, d.label]),
]) as Record<ActionKind, LocalizedText>;

export const INTAKE_STATUS: DossierStatus = INTAKE_DECLARATION.status;

export const transitionOf = (kind: CounterActionKind): Transition => declarationOf(kind).transition;

/** True for kinds that never change the status (and never bump the dossier version). */
export const isStatusNeutral = (kind: ActionKind): boolean => kind !== INTAKE_DECLARATION.kind && transitionOf(kind) === 'none';

/** The payload fields of a kind, in form order. */
export const fieldsOf = (kind: CounterActionKind): readonly (readonly [string, ActionField])[] => Object.entries(declarationOf(kind).fields);

/** Every field name any kind uses, with its declaration (one type per name across kinds). */
export const ALL_FIELDS: ReadonlyMap<string, ActionField> = new Map(COUNTER_KIND_DECLARATIONS.flatMap((d) => Object.entries(d.fields)));

type WireCode<D extends PortalDialect> = Declaration['wire'][D] | (typeof INTAKE_DECLARATION)['wire'][D];
type WireTable<D extends PortalDialect> = { readonly [K in CounterActionKind]: Extract<Declaration, { kind: K }>['wire'][D] } & {
  readonly intake: (typeof INTAKE_DECLARATION)['wire'][D];
};

/** Each kind's code in a portal dialect, and back. */
export function wireCodes<D extends PortalDialect>(dialect: D): {
  readonly codes: readonly [WireCode<D>, ...WireCode<D>[]];
  readonly toWire: WireTable<D>;
  readonly fromWire: Readonly<Record<WireCode<D>, ActionKind>>;
} {
  const pairs: [ActionKind, WireCode<D>][] = [
    [INTAKE_DECLARATION.kind, INTAKE_DECLARATION.wire[dialect]],
    ...COUNTER_KIND_DECLARATIONS.map((d): [ActionKind, WireCode<D>] => [d.kind, d.wire[dialect]]),
  ];
  return {
    codes: pairs.map(([, code]) => code) as [WireCode<D>, ...WireCode<D>[]],
    toWire: Object.fromEntries(pairs) as WireTable<D>,
    fromWire: Object.fromEntries(pairs.map(([kind, code]) => [code, kind])) as Record<WireCode<D>, ActionKind>,
  };
}

/** The dialect-neutral portal fields a recorded action fills. */
export function portalFieldsOf(action: CounterAction): PortalFields {
  const declaration = declarationOf(action.kind);
  return (declaration.toPortal as (a: CounterAction) => PortalFields)(action);
}

/** What the supervisor's list and the log book show for a stored payload; nothing when it no longer parses. */
export function logBookFactsOf(kind: CounterActionKind, payload: unknown): LogBookFacts {
  const declaration = declarationOf(kind);
  const parsed = declaration.schema.safeParse(payload);
  if (!parsed.success) return { note: null, forwardedTo: null };
  return (declaration.logBook as (a: CounterAction) => LogBookFacts)(parsed.data);
}

/** The kind's own rule against the dossier (a new due date after the current one…), or null when it fits. */
export function problemWithDossier(action: CounterAction, dossier: DossierFacts): FieldProblem | null {
  const check = declarationOf(action.kind).check as ((a: CounterAction, d: DossierFacts) => FieldProblem | null) | undefined;
  return check ? check(action, dossier) : null;
}
