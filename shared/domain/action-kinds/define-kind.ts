import { z } from 'zod';
import type { LocalizedText } from '../../validation';
import type { DossierStatus } from '../dossier-status';
import type { ActionField } from './fields';

/**
 * The portal contracts the desk speaks. `national` is api/portal.openapi.yaml; a second
 * dialect (OpenCPS) is one more name here, and the compiler then asks every kind for
 * its code in it.
 */
export const PORTAL_DIALECTS = ['national'] as const;
export type PortalDialect = (typeof PORTAL_DIALECTS)[number];

/**
 * A counter action's effect on the dossier status: allowed from these, leads to that
 * (`unchanged`: allowed only from these, keeps the status, yet changes the dossier, so it
 * is version-checked); `none` never changes it and is allowed everywhere.
 */
export type Transition = { readonly from: readonly DossierStatus[]; readonly to: DossierStatus | 'unchanged' } | 'none';

/** The dialect-neutral fields a counter action fills in the portal request. */
export interface PortalFields {
  readonly note?: string | null;
  readonly reason?: string | null;
  /** Receiving unit (agency code). */
  readonly forwardTo?: string | null;
  /** A new appointment date, yyyy-MM-dd: the dossier's due date once delivered. */
  readonly newDueDate?: string | null;
  /** Who collected a returned result. */
  readonly collector?: ResultCollector | null;
  /** The fee collected with the result, in đồng. */
  readonly feeCollectedVnd?: number | null;
}

/** The applicant themself (`self`), or an authorised person with their name and ID number. */
export interface ResultCollector {
  readonly self: boolean;
  readonly name: string | null;
  readonly idNumber: string | null;
}

/** What the desk knows of the dossier when an action is recorded (office dates, yyyy-MM-dd). */
export interface DossierFacts {
  readonly currentDueDate: string | null;
  readonly today: string;
}

/** Why a payload that passes its schema still does not fit this dossier, and which field to fix. */
export interface FieldProblem {
  readonly field: string;
  readonly message: LocalizedText;
}

/** What the supervisor's list and the log book show for one recorded action. */
export interface LogBookFacts {
  readonly note: string | null;
  readonly forwardedTo: string | null;
}

type Fields = Readonly<Record<string, ActionField>>;
type Shape<K extends string, F extends Fields> = { kind: z.ZodLiteral<K> } & { [P in keyof F]: F[P]['schema'] };
export type KindSchema<K extends string, F extends Fields> = z.ZodObject<Shape<K, F>, z.core.$strict>;

interface KindSpec<K extends string, F extends Fields, W extends Readonly<Record<PortalDialect, string>>> {
  readonly kind: K;
  readonly label: LocalizedText;
  /** In the order the form shows them: required ones first. */
  readonly fields: F;
  readonly transition: Transition;
  /** Its code in each portal dialect. */
  readonly wire: W;
  readonly toPortal: (action: z.output<KindSchema<K, F>>) => PortalFields;
  readonly logBook: (action: z.output<KindSchema<K, F>>) => LogBookFacts;
  /** A rule against the dossier itself (checked before anything is queued, and by the portal). */
  readonly check?: (action: z.output<KindSchema<K, F>>, dossier: DossierFacts) => FieldProblem | null;
}

export interface KindDeclaration<
  K extends string = string,
  F extends Fields = Fields,
  W extends Readonly<Record<PortalDialect, string>> = Readonly<Record<PortalDialect, string>>,
> extends KindSpec<K, F, W> {
  /** The contract's schema of this kind's payload, `{ kind, ...fields }`, strict. */
  readonly schema: KindSchema<K, F>;
}

/** Declares one counter action kind; its payload schema is derived from its fields. */
export function defineKind<const K extends string, const F extends Fields, const W extends Readonly<Record<PortalDialect, string>>>(
  spec: KindSpec<K, F, W>,
): KindDeclaration<K, F, W> {
  const shape = { kind: z.literal(spec.kind), ...Object.fromEntries(Object.entries(spec.fields).map(([name, f]) => [name, f.schema])) };
  // The entries are exactly F's fields plus `kind`, which is what Shape<K, F> says.
  const schema = z.object(shape as Shape<K, F>).strict();
  return { ...spec, schema };
}
