import type { RevealedCitizen } from '../../../shared/contract/privacy';
import { DeskFailure } from '../../../shared/contract/errors';
import { citizenSchema } from '../../../shared/domain/citizen';
import { maskDigitRuns, maskTail } from '../../../shared/privacy';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenStore } from '../db/cache/citizen-store';
import type { Db } from '../db/connection';

export interface RevealOptions {
  readonly db: Db;
  readonly citizens: CitizenStore;
  readonly audit: AuditLog;
  readonly now: () => Date;
}

/**
 * Shows one applicant's full ID, phone and e-mail. The audit row says who, whose (the
 * masked ID, never the full one), when and why, and commits with the "last used" mark.
 */
export function createRevealService({ db, citizens, audit, now }: RevealOptions) {
  return {
    reveal(officerId: string, ref: number, reason: string): RevealedCitizen {
      const row = citizens.byRef(ref);
      const parsed = row ? citizenSchema.safeParse(JSON.parse(row.body)) : null;
      if (!row || !parsed?.success) throw new DeskFailure('NOT_FOUND', 'This applicant is not in the local cache.', { ref });
      const citizen = parsed.data;
      db.transaction(() => {
        citizens.markUsed(ref, now().toISOString());
        audit.append({
          officerId,
          action: 'reveal',
          subject: maskTail(citizen.idNumber),
          detail: { ref, fields: ['idNumber', 'phone', 'email'], reason: maskDigitRuns(reason.normalize('NFC')) },
        });
      })();
      return { ref, fullName: citizen.fullName, idNumber: citizen.idNumber, phone: citizen.phone, email: citizen.email };
    },
  };
}
export type RevealService = ReturnType<typeof createRevealService>;
