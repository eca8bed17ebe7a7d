import { describe, expect, it } from 'vitest';
import { SETTLED_STATUSES } from '../../../shared/domain/dossier-status';
import { OPEN_OUTBOX_STATES } from '../../../shared/domain/outbox-states';
import { sqlList } from './sql-list';

describe('sqlList', () => {
  it('writes the declared lists as the SQL the migrations and indexes were written with', () => {
    // 0020-cache.ts created dossier_by_due with this predicate; the lookup filter must repeat it exactly.
    expect(`status NOT IN ${sqlList(SETTLED_STATUSES)}`).toBe('status NOT IN (3, 7, 8, 10)');
    expect(sqlList(OPEN_OUTBOX_STATES)).toBe("('waiting', 'sending', 'conflict', 'rejected')");
    expect(sqlList(["o'clock"])).toBe("('o''clock')");
  });
});
