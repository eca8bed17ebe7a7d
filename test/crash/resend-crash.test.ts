import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Intake } from '../../shared/contract/actions';
import { tempDir } from '../tmp';
import { buildChild, runChild } from './child-process';
import { resendDesk } from './resend-desk';
import { correctedIntake as corrected, sentIntake as sent } from '../fixtures/intake-to-correct';


let script = '';
beforeAll(async () => {
  script = await buildChild('resend-child');
}, 60_000);

/** A desk file holding one intake the portal refused as invalid (fixable at the counter). */
function rejectedIntake(path: string): number {
  const desk = resendDesk(path);
  const first = desk.actions.intake(sent, desk.officer);
  desk.outbox.markSending(first.seq, desk.at.toISOString());
  desk.outbox.markFailed(first.seq, desk.at.toISOString(), 'rejected', { code: 'rejected', params: { status: 422 }, message: { vi: 'Số điện thoại không hợp lệ', en: 'Invalid phone' } });
  desk.db.close();
  return first.seq;
}

const rowsOf = (path: string) => {
  const desk = resendDesk(path);
  try {
    return desk.db.prepare('SELECT seq, state, payload FROM outbox ORDER BY seq').all() as { seq: number; state: string; payload: string }[];
  } finally {
    desk.db.close();
  }
};

describe('correct and resend survives a crash between superseding and queueing', () => {
  it('killed after the corrected row was written: only the old, still correctable row is left; the next resend queues exactly one', async () => {
    const dir = tempDir('desk-resend-crash-');
    try {
      const path = join(dir.path, 'desk.sqlite');
      const seq = rejectedIntake(path);
      const killed = await runChild(script, { path, seq, intake: JSON.stringify(corrected) }, { failpoint: 'resend-after-insert' });
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(rowsOf(path).map((r) => [r.seq, r.state])).toEqual([[seq, 'rejected']]);

      const again = await runChild(script, { path, seq, intake: JSON.stringify(corrected) });
      expect(again.code, again.stderr).toBe(0);
      const after = rowsOf(path);
      expect(after.map((r) => r.state)).toEqual(['withdrawn', 'waiting']);
      expect((JSON.parse(after[1]?.payload ?? '{}') as Intake).applicant.phone).toBe('0912345678');
    } finally {
      dir.remove();
    }
  }, 120_000);
});
