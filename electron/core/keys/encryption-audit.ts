import type { AuditLog } from '../audit/audit-log';
import { auditCipherChange } from '../db/storage-cipher';
import type { EncryptedOpen } from './encrypted-database';

/**
 * Records, once migrations ran, that this open encrypted a plaintext database, and any
 * change of page cipher written into the file (by this open or by the app's start-up step).
 */
export function auditDatabaseEncryption(audit: AuditLog, opened: EncryptedOpen, backend: string): void {
  auditCipherChange(opened.db, audit);
  if (!opened.encryptedFromPlaintext) return;
  audit.append({ officerId: 'system', action: 'database_encrypted', detail: { ...opened.encryptedFromPlaintext, backend } });
}
