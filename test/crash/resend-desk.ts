import type { Session } from '../../shared/contract/roles';
import { createAuditLog } from '../../electron/core/audit/audit-log';
import { createDossierStore } from '../../electron/core/db/cache/dossier-store';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { createOutboxRepo, type OutboxRepo } from '../../electron/core/db/outbox/outbox-repo';
import { failpointsFromEnv } from '../../electron/core/failpoints';
import { createActionService, type ActionService } from '../../electron/core/services/actions/action-service';

const AT = new Date('2026-06-15T03:00:00.000Z');

/** The action service over a desk database file, as the core wires it (failpoints from the environment). */
export function resendDesk(path: string): { db: Db; outbox: OutboxRepo; actions: ActionService; officer: Session; at: Date } {
  const db = openDatabase(path);
  migrate(db, migrations);
  const outbox = createOutboxRepo(db);
  const actions = createActionService({
    db, outbox, audit: createAuditLog(db, () => AT), dossiers: createDossierStore(db), now: () => AT, deviceId: 'a1b2c3d4', agencyCode: 'H29.12',
    afterEnqueue: () => undefined, failpoint: failpointsFromEnv(),
  });
  const officer: Session = { officerId: 'canbo01', displayName: 'Nguyễn Thị Hồng Nhung', roles: ['officer'] };
  return { db, outbox, actions, officer, at: AT };
}
