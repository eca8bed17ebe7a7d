import { randomBytes } from 'node:crypto';
import { createAuditLog, type AuditLog } from './audit/audit-log';
import { createCitizenStore, type CitizenStore } from './db/cache/citizen-store';
import { createDossierSearch, type DossierSearch } from './db/cache/dossier-search';
import { createDossierStore, type DossierStore } from './db/cache/dossier-store';
import { createSyncStateStore, type SyncStateStore } from './db/cache/sync-state';
import type { Db } from './db/connection';
import { createOutboxRepo, type OutboxRepo } from './db/outbox/outbox-repo';
import { createPrefsRepo, type PrefsRepo } from './db/prefs-repo';

export interface LocalStore {
  readonly db: Db;
  readonly prefs: PrefsRepo;
  readonly dossiers: DossierStore;
  readonly citizens: CitizenStore;
  readonly search: DossierSearch;
  readonly syncState: SyncStateStore;
  readonly outbox: OutboxRepo;
  readonly audit: AuditLog;
}

/** Every repository over the one desk database, created once. */
export function createLocalStore(db: Db, now: () => Date): LocalStore {
  return {
    db,
    prefs: createPrefsRepo(db),
    dossiers: createDossierStore(db),
    citizens: createCitizenStore(db),
    search: createDossierSearch(db),
    syncState: createSyncStateStore(db),
    outbox: createOutboxRepo(db),
    audit: createAuditLog(db, now),
  };
}

/** A per-install identifier (prefixes provisional TMP numbers), made once and kept. */
export function deviceIdOf(store: LocalStore): string {
  const existing = store.prefs.get('deviceId');
  if (existing) return existing;
  const id = randomBytes(4).toString('hex').slice(0, 6).toUpperCase();
  store.prefs.set('deviceId', id);
  return id;
}
