import { useEffect, useState } from 'react';
import { isProvisionalCode } from '../../../shared/domain/provisional-code';
import { useDeskQuery } from '../../desk/hooks';

/** How long the confirmation waits for the portal's code before saying the code is provisional. */
export const OFFICIAL_CODE_WAIT_MS = 6000;

export type CodePhase = 'official' | 'waiting' | 'provisional';

/**
 * The code to show for an intake just recorded: the provisional TMP-… number until the
 * outbox delivers it, then the portal's official one. Pushed sync and data events refetch
 * the queued row (event-invalidation.ts), so delivery shows without polling. Online, the
 * confirmation says "getting the official code" for a few seconds before giving up.
 */
export function useOfficialCode(seq: number, recordedCode: string): { code: string; phase: CodePhase } {
  const provisional = isProvisionalCode(recordedCode);
  const queued = useDeskQuery('queue.get', { seq }, { enabled: provisional });
  const online = useDeskQuery('sync.status', {}).data?.online === true;
  // The intake whose wait is over; a new intake (new seq) waits afresh.
  const [waitedFor, setWaitedFor] = useState<number | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedFor(seq), OFFICIAL_CODE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [seq]);
  const waited = waitedFor === seq;
  if (!provisional) return { code: recordedCode, phase: 'official' };
  const delivered = queued.data?.state === 'delivered' && !isProvisionalCode(queued.data.dossierCode) ? queued.data.dossierCode : null;
  if (delivered) return { code: delivered, phase: 'official' };
  return { code: recordedCode, phase: online && !waited ? 'waiting' : 'provisional' };
}
