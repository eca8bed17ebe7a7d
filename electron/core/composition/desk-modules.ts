import type { calls, Session } from '../../../shared/contract';
import type { SyncStatus } from '../../../shared/contract/sync';
import { OFFICE_TIME_ZONE } from '../../../shared/domain/office-time';
import { PRODUCT_NAME } from '../../../shared/domain/product';
import { authHandlers } from '../api/handlers/auth';
import { signInDelaySeconds } from '../auth/backoff';
import { createCredentialStore } from '../db/auth/credential-store';
import { createSessionManager, type SessionManager } from '../auth/session-manager';
import { createSignInService } from '../auth/sign-in-service';
import { deviceIdOf } from '../local-store';
import { pinnedReceiptKey, type PortalConnection } from '../portal-connection';
import { createRevealService } from '../privacy/reveal';
import { privacyHandlers } from '../api/handlers/privacy';
import { createSubjectRequests } from '../privacy/subject-request';
import { actionHandlers } from '../api/handlers/actions';
import { appHandlers } from '../api/handlers/app';
import { lookupHandlers } from '../api/handlers/lookup';
import { guidanceHandlers } from '../api/handlers/guidance';
import { createViewAudit } from '../privacy/view-audit';
import { createFetchMiss } from '../services/lookup/fetch-miss';
import { createGuidanceService } from '../services/guidance/guidance-service';
import { supervisorHandlers } from '../api/handlers/supervisor';
import { syncHandlers } from '../api/handlers/sync';
import { failpointsFromEnv } from '../failpoints';
import { createActionService, type ActionService } from '../services/actions/action-service';
import { createDeskActivityRepo } from '../db/outbox/desk-activity-repo';
import { createQueueService } from '../services/actions/queue-service';
import { createAppService } from '../services/app-service';
import { witnessedChainVerifier } from '../services/export/audit-verify';
import { askPortalWitness } from '../audit/witness';
import { createExportService, type ExportService } from '../services/export/export-service';
import type { Handlers } from '../api/handlers/handler-types';
import { createLookupService, type LookupService } from '../services/lookup/lookup-service';
import { pendingActionsOf } from '../services/lookup/pending-actions';
import { portalHandlingLogSource } from '../services/supervisor/handling-log-source';
import { createSupervisorService } from '../services/supervisor/supervisor-service';
import { outboxStatus } from '../sync/outbox-status';
import type { SyncEngine } from '../sync/sync-engine';
import type { DeskContext } from './desk-context';
import type { DeskDatabase } from './desk-database';
import type { Late } from './late';

/** What exists only after start: modules that need it receive these slots. */
export interface StartedParts {
  readonly portal: Late<PortalConnection>;
  readonly sync: Late<SyncEngine>;
}

/** Every module of a ready desk before the portal is connected, each built from its declared dependencies. */
export interface DeskModules {
  readonly sessions: SessionManager;
  readonly deviceId: string;
  readonly lookup: LookupService;
  readonly actions: ActionService;
  readonly exportService: ExportService;
  readonly handlers: Handlers;
}

/** Training mode opens signed in as the first training officer (any training account can sign in instead). */
const TRAINING_SESSION: Session = { officerId: 'canbo01', displayName: 'Nguyễn Thị Hồng Nhung', roles: ['officer'] };

export function wireDeskModules(context: DeskContext, database: DeskDatabase, started: StartedParts): DeskModules {
  const { config, now, events, portalOrigin, options } = context;
  const { db, store } = database;
  const sessions = createSessionManager({
    now,
    lockAfterMinutes: config.session.lockAfterMinutes,
    record: (entry) => store.audit.append(entry),
    onChange: (state) => events.emit('session.changed', state),
  });
  if (config.mode === 'training' && options.trainingAutoSignIn !== false) {
    sessions.start({ session: TRAINING_SESSION, login: TRAINING_SESSION.officerId, verifiedBy: 'portal', portalToken: null });
  }
  const signIn = createSignInService({
    db, audit: store.audit, credentials: createCredentialStore(db, signInDelaySeconds), sessions, now,
    offlineSignInDays: config.session.offlineSignInDays, portalOrigin,
    portal: {
      login: (user, password) => {
        const portal = started.portal.get();
        return portal
          ? portal.client.login(user, password)
          : Promise.resolve({ ok: false, error: { kind: 'offline', message: 'portal not connected yet', cause: null } });
      },
    },
    rememberToken: (officerId, token, expiresAt) => started.portal.get()?.remember(officerId, token, expiresAt),
  });
  const lookup = createLookupService({ ...store, now, ...pendingActionsOf(store.outbox) });
  const deviceId = deviceIdOf(store);
  const nudge = () => started.sync.get()?.nudge();
  const actions = createActionService({
    db, outbox: store.outbox, audit: store.audit, dossiers: store.dossiers, deskActivity: createDeskActivityRepo(db), now,
    deviceId, agencyCode: config.agencyCode, centreName: config.centre.name, portalOrigin, onlineOnly: context.onlineOnly.catalogue,
    competentUnits: context.competentUnits.catalogue, failpoint: failpointsFromEnv(),
    afterEnqueue: () => {
      events.emit('data.changed', { dossierCodes: [] });
      nudge();
    },
  });
  const queue = createQueueService({ db, outbox: store.outbox, audit: store.audit, dossiers: store.dossiers, now, nudge, portalOrigin });
  // Before the portal connection starts: offline, but the outbox counts are real.
  const offlineStatus = (): SyncStatus => ({
    online: false, offlineSince: null, ...outboxStatus(store.outbox),
    lastSyncAt: store.syncState.refreshedAt(), lastDeliveryAt: null, pulling: null, training: config.mode === 'training',
  });
  const supervisor = createSupervisorService({
    db,
    now,
    source: () => {
      const connection = started.portal.get();
      const officerId = sessions.signedIn()?.officerId;
      return connection && officerId ? portalHandlingLogSource(connection.client, () => connection.tokenFor(officerId)) : null;
    },
  });
  const exportService = createExportService({
    db, supervisor, audit: store.audit, now,
    verifyAuditChain: witnessedChainVerifier(async () =>
      askPortalWitness({ db, head: store.audit.head(), deviceId, officerId: sessions.signedIn()?.officerId ?? null }, started.portal.get(), await pinnedReceiptKey(config))),
    dataDir: context.dataDir, unit: config.agencyCode,
    ...(options.fontDir ? { fontDir: options.fontDir } : {}),
  });
  const handlers: Handlers = {
    ...appHandlers(createAppService({
      info: {
        productName: PRODUCT_NAME,
        version: options.version ?? '0.0.0-dev',
        mode: config.mode,
        dataDir: context.dataDir,
        portalUrl: options.portalUrl ?? config.portal.baseUrl ?? 'training simulator (in-process)',
        schemaVersion: database.schemaVersion,
        officeTimeZone: OFFICE_TIME_ZONE,
        centre: config.centre,
        competentUnits: context.competentUnits.catalogue,
      },
      prefs: store.prefs,
      events,
      diagnostics: { databasePath: database.path, logDir: context.logDir, configPath: context.configPath, configSource: context.configSource },
    })),
    ...lookupHandlers(lookup, createViewAudit(store.audit, now), createFetchMiss({
      dossiers: store.dossiers, citizens: store.citizens, now,
      portal: () => {
        const portal = started.portal.get();
        const engine = started.sync.get();
        return portal && engine ? { client: portal.client, tokenFor: portal.tokenFor, online: engine.status().online } : null;
      },
      onCached: () => events.emit('data.changed', { dossierCodes: [] }),
    })),
    ...actionHandlers(actions, queue, started.sync.get),
    ...syncHandlers(started.sync.get, offlineStatus),
    ...authHandlers(signIn, sessions),
    ...privacyHandlers(createRevealService({ db, citizens: store.citizens, audit: store.audit, now }), createSubjectRequests({ db, audit: store.audit })),
    ...supervisorHandlers(supervisor, exportService, options.exportTarget ?? null, now),
    ...guidanceHandlers(createGuidanceService({
      citizens: store.citizens, audit: store.audit, now, unit: { code: config.agencyCode, name: config.centre.name },
    })),
  } satisfies Record<keyof typeof calls, unknown>;
  return { sessions, deviceId, lookup, actions, exportService, handlers };
}
