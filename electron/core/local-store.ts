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

/** 128 random bits: ids drawn independently on every PC of a province's fleet must never collide. */
const DEVICE_ID = /^[0-9A-F]{32}$/;

/**
 * A per-install identifier, made once and kept: the portal keeps one audit chain per
 * device, and provisional TMP numbers carry its first characters. An id from an older
 * build (24 bits, which collide across a fleet) is replaced; the old one is kept as
 * `legacyDeviceId` so what was printed with it can still be traced.
 */
export function deviceIdOf(store: Pick<LocalStore, 'prefs'>): string {
  const existing = store.prefs.get('deviceId');
  if (existing && DEVICE_ID.test(existing)) return existing;
  const id = randomBytes(16).toString('hex').toUpperCase();
  if (existing) store.prefs.set('legacyDeviceId', existing);
  store.prefs.set('deviceId', id);
  return id;
}
