import type { AuditWitness } from '../../../../shared/contract/supervisor';
import type { AuditHead } from '../../audit/audit-log';
import { askPortalWitness } from '../../audit/witness';
import type { MachineConfig } from '../../config/schema';
import type { Db } from '../../db/connection';
import { createPrefsRepo } from '../../db/prefs-repo';
import { connectPortal, pinnedReceiptKey } from '../../portal-connection';
import { say, type CliIo } from '../io';
import { readPassword } from '../password-prompt';

/**
 * Asks the portal what it witnessed for this PC. Training asks the in-process simulator as a
 * training officer; production asks as `--officer` (password from the environment or the
 * terminal), and without one checks only the signed receipts stored here.
 */
export async function witnessForCli(
  io: CliIo,
  options: { readonly db: Db; readonly head: AuditHead; readonly config: MachineConfig; readonly dataDir: string; readonly officer: string | undefined },
): Promise<AuditWitness> {
  const deviceId = createPrefsRepo(options.db).get('deviceId') ?? '';
  const fallbackKey = await pinnedReceiptKey(options.config);
  const base = { db: options.db, head: options.head, deviceId };
  const officer = options.officer ?? (options.config.mode === 'training' ? (await import('../../../../portal-sim/officers')).OFFICERS[0]?.id : undefined);
  if (!officer) return askPortalWitness({ ...base, officerId: null }, null, fallbackKey).then((w) => ({ ...w, source: 'stored_not_signed_in' }));
  const connection = await connectPortal({ config: options.config, dataDir: options.dataDir, now: () => new Date() });
  try {
    if (options.config.mode === 'production') {
      const password = await readPassword(say(io, { vi: `Mật khẩu của ${officer}: `, en: `Password for ${officer}: ` }), process.env, { input: process.stdin, output: process.stderr });
      const login = password === null ? null : await connection.client.login(officer, password);
      if (!login?.ok) return await askPortalWitness({ ...base, officerId: null }, connection, fallbackKey);
      connection.remember(officer, login.value.token, login.value.expiresAt);
    }
    return await askPortalWitness({ ...base, officerId: officer }, connection, fallbackKey);
  } finally {
    await connection.close();
  }
}
