import type { Migration } from '../migrate';
import { m0010Prefs } from './0010-prefs';
import { m0020Cache } from './0020-cache';
import { m0030OutboxAudit } from './0030-outbox-audit';
import { m0040OfficerCredentials } from './0040-officer-credentials';
import { m0050AuditReceipts } from './0050-audit-receipts';
import { m0060CitizenCachedAt } from './0060-citizen-cached-at';
import { m0070DossierBodyTable } from './0070-dossier-body-table';
import { m0080OutboxRetryIndex } from './0080-outbox-retry-index';
import { m0090NameVocabulary } from './0090-name-vocabulary';
import { m0100SupervisorDayIndexes } from './0100-supervisor-day-indexes';
import { m0110StorageCipher } from './0110-storage-cipher';
import { m0150PortalOrigin } from './0150-portal-origin';
import { m0160DossierUnits } from './0160-dossier-units';
import { m0180WalkInGuidanceIndex } from './0180-walk-in-guidance-index';
import { m0200CitizenListColumns } from './0200-citizen-list-columns';

/** Every migration, in order. Add a file per step (0020-…, 0030-…); never renumber. */
export const migrations: readonly Migration[] = [
  m0010Prefs, m0020Cache, m0030OutboxAudit, m0040OfficerCredentials, m0050AuditReceipts, m0060CitizenCachedAt, m0070DossierBodyTable,
  m0080OutboxRetryIndex, m0090NameVocabulary, m0100SupervisorDayIndexes, m0110StorageCipher, m0150PortalOrigin,
  m0160DossierUnits,
  m0180WalkInGuidanceIndex,
  m0200CitizenListColumns,
];
