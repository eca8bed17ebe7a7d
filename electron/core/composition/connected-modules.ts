import { sendAuditHead } from '../audit/receipts';
import { createReceiptTable } from '../db/audit/receipt-table';
import { failpointsFromEnv } from '../failpoints';
import type { PortalConnection } from '../portal-connection';
import { createDeskActivityRepo } from '../db/outbox/desk-activity-repo';
import { runRetention } from '../privacy/purge';
import { createDeliveryHooks } from '../services/actions/delivery-hooks';
import { createOutboxDrain } from '../sync/outbox-drain';
import { createPortalActionSender } from '../sync/portal-action-sender';
import { createSyncEngine, type SyncEngine } from '../sync/sync-engine';
import type { DeskContext } from './desk-context';
import type { DeskDatabase } from './desk-database';
import type { DeskModules } from './desk-modules';

export interface ConnectedModules {
  readonly engine: SyncEngine;
  /** Stops the daily retention purge. */
  stopPurge(): void;
}

/** Wires and starts the modules that need the portal: the outbox drain, the sync engine and retention. */
export function connectDesk(context: DeskContext, database: DeskDatabase, modules: DeskModules, connection: PortalConnection): ConnectedModules {
  const { config, now, events, logger, portalOrigin, options } = context;
  const { db, store } = database;
  const drain = createOutboxDrain({
    db, outbox: store.outbox, now, failpoint: failpointsFromEnv(), portalOrigin, logger,
    sender: createPortalActionSender(connection.client, connection.tokenFor),
    hooks: createDeliveryHooks(db, store.outbox, store.dossiers, store.audit),
    ...(options.sync?.concurrency ? { concurrency: options.sync.concurrency } : {}),
    ...(options.sync?.backoff ? { backoff: options.sync.backoff } : {}),
  });
  const receipts = createReceiptTable(db);
  const engine = createSyncEngine({
    // The signed-in officer pulls even while the screen is locked: the desk keeps syncing.
    db, client: connection.client, tokenFor: connection.tokenFor, puller: () => modules.sessions.signedIn()?.officerId ?? null,
    outbox: store.outbox, drain, dossiers: store.dossiers, citizens: store.citizens, syncState: store.syncState,
    now, logger, training: config.mode === 'training',
    onStatus: (status) => events.emit('sync.status', status),
    onDataChanged: () => events.emit('data.changed', { dossierCodes: [] }),
    // The audit chain head travels after each pull and delivery round; the portal's signed receipt is kept (desk audit verify).
    afterSync: (token, officerId) =>
      sendAuditHead({ receipts, audit: store.audit, client: connection.client, token, officerId, deviceId: modules.deviceId, portalName: connection.baseUrl, receiptKey: connection.receiptKey }),
    ...(options.sync?.afterPage ? { afterPage: options.sync.afterPage } : {}),
    ...(options.sync?.pageSize ? { pageSize: options.sync.pageSize } : {}),
    ...(options.sync?.pullIntervalMs ? { pullIntervalMs: options.sync.pullIntervalMs } : {}),
    pullCadence: { officeHoursMs: config.sync.pullSecondsOfficeHours * 1000, otherwiseMs: config.sync.pullSecondsOtherwise * 1000 },
  });
  // Retention runs with the long-lived app (at start, then daily), not on every open:
  // a read-only CLI call should not scan and delete.
  const deskActivity = createDeskActivityRepo(db);
  const purge = () => void runRetention(db, { citizens: store.citizens, deskActivity, audit: store.audit }, now(), config.retention.citizenCacheDays);
  engine.start();
  return { engine, stopPurge: startDaily(purge) };
}

function startDaily(job: () => void): () => void {
  job();
  const timer = setInterval(job, 24 * 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
