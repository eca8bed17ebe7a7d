import { useEffect, useRef } from 'react';
import type { Intake } from '../../../shared/contract';
import { useDeskMutation, useDeskQuery } from '../../desk/hooks';
import type { IntakeValues } from './intake-values';
import { valuesFromIntake } from './intake-values';

/** "#/intake/correct/<seq>": the rejected intake being corrected, or null for a new one. */
export const correctionSeqOf = (params: readonly string[]): number | null => {
  const seq = params[0] === 'correct' ? Number(params[1]) : Number.NaN;
  return Number.isInteger(seq) && seq > 0 ? seq : null;
};

/**
 * Sends the form: a new intake, or the correction of a rejected one (which supersedes it).
 * Correcting, the form is filled once from what was sent — one audited reveal per opening.
 */
export function useIntakeSubmit(correctionSeq: number | null, fill: (values: IntakeValues) => void) {
  const intake = useDeskMutation('action.intake');
  const resend = useDeskMutation('queue.resendIntake');
  const draft = useDeskQuery('queue.correctionDraft', { seq: correctionSeq ?? 1 }, { enabled: correctionSeq !== null, staleTime: Infinity, gcTime: 0, retry: false });
  const filled = useRef<number | null>(null);
  useEffect(() => {
    if (!draft.data || filled.current === draft.data.seq) return;
    filled.current = draft.data.seq;
    fill(valuesFromIntake(draft.data.intake));
  }, [draft.data, fill]);
  const active = correctionSeq === null ? intake : resend;
  return {
    draft,
    active,
    submit: (built: Intake) => (correctionSeq === null ? intake.mutate(built) : resend.mutate({ seq: correctionSeq, intake: built })),
  };
}
