import type { AuditLog } from '../audit/audit-log';
import type { EncryptedOpen } from './encrypted-database';

/** Records, once migrations ran, that this open encrypted a plaintext database. */
export function auditDatabaseEncryption(audit: AuditLog, opened: EncryptedOpen, backend: string): void {
  if (!opened.encryptedFromPlaintext) return;
  audit.append({ officerId: 'system', action: 'database_encrypted', detail: { ...opened.encryptedFromPlaintext, backend } });
}
