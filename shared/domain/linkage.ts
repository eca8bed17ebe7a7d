/**
 * The VNeID linkage state the counter shows for an applicant (DOMAIN.md, "Linkage
 * status the counter shows"), decided by one pure function. Precedence, first match wins:
 *   1. organisation (organisation e-ID account exists) / organisation_unlinked
 *      (birth date and person facts ignored)
 *   2. certificate_holder (giấy chứng nhận căn cước)
 *   3. foreigner (any age: the residence card and age 6 decide the guidance)
 *   4. minor_or_ward: under 14 on the office date, or under guardianship
 *      (a birth date after today counts as unknown age)
 *   5. locked (VNeID locked, with its reason)
 *   6. no_account   (portalAccount 'none')
 *   7. legacy_unlinked (portalAccount 'legacy')
 *   8. linked_level2 (vneid, level 2) else linked_level1 (vneid, level 1 or level unknown)
 * Problem states (hotline shown): locked, no_account, legacy_unlinked,
 * organisation_unlinked, certificate_holder.
 */
import { z } from 'zod';
import { localizedTextSchema } from '../validation';
import { ageOn, dateOfTurning, MINOR_AGE_LIMIT } from './age';
import { guardianSchema, lockReasonSchema, type LinkageFacts } from './linkage-facts';
import { linkageGuidance, slipLines } from './linkage-guidance';
import { LINKAGE_STATE_NAMES, linkageStateSchema, type LinkageState } from './linkage-states';

export { HOTLINE, HOTLINE_LINE, LOCK_REASON_LABELS } from './linkage-guidance';
export { linkageStateSchema, type LinkageState } from './linkage-states';

export const linkageStatusSchema = z.object({
  state: linkageStateSchema,
  /** Set only in the locked state. */
  lockReason: lockReasonSchema.nullable(),
  /** Whole years on the office date; null for organisations or an unknown/future birth date. */
  age: z.number().int().nonnegative().nullable(),
  /** Set only in the minor_or_ward state, when known. */
  guardian: guardianSchema.nullable(),
  hasProblem: z.boolean(),
  showHotline: z.boolean(),
  title: localizedTextSchema,
  guidance: z.array(localizedTextSchema),
  slipLines: z.array(z.string()),
});
export type LinkageStatus = z.infer<typeof linkageStatusSchema>;

/** States in which the citizen cannot use the portal with VNeID as things stand. */
export const PROBLEM_STATES: ReadonlySet<LinkageState> = new Set([
  'locked',
  'no_account',
  'legacy_unlinked',
  'organisation_unlinked',
  'certificate_holder',
]);

function personAge(facts: LinkageFacts, today: string): number | null {
  if (facts.accountKind === 'organisation' || facts.birthDate === null) return null;
  const age = ageOn(facts.birthDate, today);
  return age >= 0 ? age : null;
}

function decideState(facts: LinkageFacts, age: number | null): LinkageState {
  if (facts.accountKind === 'organisation') return facts.organisationEid === true ? 'organisation' : 'organisation_unlinked';
  if (facts.accountKind === 'certificate_holder') return 'certificate_holder';
  if (facts.accountKind === 'foreigner') return 'foreigner';
  if ((age !== null && age < MINOR_AGE_LIMIT) || facts.underGuardianship) return 'minor_or_ward';
  if (facts.lock) return 'locked';
  if (facts.portalAccount === 'none') return 'no_account';
  if (facts.portalAccount === 'legacy') return 'legacy_unlinked';
  return facts.vneidLevel === 2 ? 'linked_level2' : 'linked_level1';
}

/** The linkage state alone (a results line, the dossier view): the same decision as linkageStatus. */
export const linkageStateOf = (facts: LinkageFacts, today: string): LinkageState => decideState(facts, personAge(facts, today));

/** The linkage state, guidance and slip for an applicant on the office date `today` (yyyy-MM-dd). */
export function linkageStatus(facts: LinkageFacts, today: string): LinkageStatus {
  const age = personAge(facts, today);
  const state = decideState(facts, age);
  const lockReason = state === 'locked' ? (facts.lock?.reason ?? null) : null;
  const guardian = state === 'minor_or_ward' ? facts.guardian : null;
  const problem = PROBLEM_STATES.has(state);
  const adultFrom =
    state === 'minor_or_ward' && age !== null && age < MINOR_AGE_LIMIT && facts.birthDate
      ? dateOfTurning(facts.birthDate, MINOR_AGE_LIMIT)
      : null;
  const guidance = linkageGuidance({ state, facts, lockReason, guardian, age, adultFrom, problem });
  return {
    state,
    lockReason,
    age,
    guardian,
    hasProblem: problem,
    showHotline: problem,
    title: LINKAGE_STATE_NAMES[state],
    guidance: guidance.guidance,
    slipLines: slipLines(state, guidance, today),
  };
}
