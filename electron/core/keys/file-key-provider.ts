import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { DeskFailure } from '../../../shared/contract/errors';
import { KEY_BYTES, type KeyProvider } from './key-provider';

/**
 * Why a key file may not be used, or null. POSIX: a regular file (no link), owned by
 * this user, with no group or other permission bits. Windows has no mode bits: the ACL
 * is set explicitly when the file is created (restrictToOwner).
 */
export function keyFileProblem(path: string, platform: NodeJS.Platform = process.platform): string | null {
  const stat = lstatSync(path);
  if (!stat.isFile()) return 'it is not a regular file (a link or a folder)';
  if (platform === 'win32') return null;
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return 'it belongs to another user';
  if ((stat.mode & 0o077) !== 0) return `others may read it (mode ${(stat.mode & 0o777).toString(8)}; it must be 600)`;
  return null;
}

/** Windows: only the current user, no inherited entries (Administrators and SYSTEM keep their own rights to the folder). */
function restrictToOwner(path: string): void {
  if (process.platform !== 'win32') return;
  const user = process.env.USERDOMAIN ? `${process.env.USERDOMAIN}\\${process.env.USERNAME ?? ''}` : (process.env.USERNAME ?? '');
  execFileSync('icacls', [path, '/inheritance:r', '/grant:r', `${user}:F`], { stdio: 'ignore', windowsHide: true });
}

/**
 * A key in a file readable only by its owner, for Node, the CLI and tests. The file holds
 * the key as hex on one line; anything else is refused, not replaced, and so is a file
 * that others could read.
 */
export function fileKeyProvider(path: string): KeyProvider {
  return {
    getOrCreateKey() {
      if (lstatSafe(path)) {
        const problem = keyFileProblem(path);
        if (problem) {
          throw new DeskFailure('STORAGE', `The database key file ${path} is not used because ${problem}. Restrict it to its owner (chmod 600) or restore it.`, { path });
        }
        const text = readFileSync(path, 'utf8').trim();
        if (!/^[0-9a-f]{64}$/.test(text)) {
          throw new DeskFailure('STORAGE', `The database key file ${path} is damaged; it was left as it is. Restore it from backup.`, { path });
        }
        return Buffer.from(text, 'hex');
      }
      const key = randomBytes(KEY_BYTES);
      // 'wx' fails if another process created the file (or a link) meanwhile: never overwrite a key.
      writeFileSync(path, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(path, 0o600);
      restrictToOwner(path);
      return key;
    },
    describe: () => ({ backend: 'file' }),
  };
}

/** existsSync follows links: a dangling link must count as "there", not as "create one". */
function lstatSafe(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
