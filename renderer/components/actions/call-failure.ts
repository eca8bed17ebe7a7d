import { isDeskCallError } from '../../desk/client';

interface Localized {
  readonly vi: string;
  readonly en: string;
}

export interface CallFailure {
  readonly code: string;
  /** The core's own explanation (REJECTED transition, STORAGE disk full…), if it gave one. */
  readonly message: Localized | null;
  readonly issues: ReadonlyArray<{ readonly key: string; readonly message: Localized }>;
  /** Set when an intake was refused because the procedure is online-only (Directive 24) since this date. */
  readonly onlineOnlyFrom: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isLocalized = (value: unknown): value is Localized => isRecord(value) && typeof value.vi === 'string' && typeof value.en === 'string';

/**
 * What a failed call says, read defensively from DeskCallError.details (plain guards:
 * the renderer bundle carries no zod).
 */
export function readCallFailure(error: unknown): CallFailure {
  if (!isDeskCallError(error)) return { code: 'INTERNAL', message: null, issues: [], onlineOnlyFrom: null };
  const details = isRecord(error.details) ? error.details : {};
  const rawIssues = Array.isArray(details.issues) ? (details.issues as unknown[]) : [];
  const issues = rawIssues.flatMap((issue) =>
    isRecord(issue) && typeof issue.key === 'string' && isLocalized(issue.message) ? [{ key: issue.key, message: issue.message }] : [],
  );
  const onlineOnlyFrom = typeof details.onlineOnlyFrom === 'string' ? details.onlineOnlyFrom : null;
  return { code: error.code, message: isLocalized(details.message) ? details.message : null, issues, onlineOnlyFrom };
}
