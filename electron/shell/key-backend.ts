import { z } from 'zod';
import type { LocalizedText } from '../../shared/validation';

/** What sits next to the wrapped key in userData: the backend that wrapped it, and the wrapped bytes. */
export const wrappedKeyFileSchema = z
  .object({
    version: z.literal(1),
    backend: z.string().min(1),
    wrappedKey: z.base64().min(1),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type WrappedKeyFile = z.infer<typeof wrappedKeyFileSchema>;

export interface KeystoreFacts {
  readonly platform: NodeJS.Platform;
  readonly encryptionAvailable: boolean;
  /** Linux only: safeStorage.getSelectedStorageBackend(); ignored elsewhere. */
  readonly linuxBackend: string | null;
  /** The parsed key file, or null when none exists yet. */
  readonly stored: WrappedKeyFile | null;
}

export type KeyDecision =
  | { readonly action: 'create'; readonly backend: string }
  | { readonly action: 'unwrap'; readonly backend: string }
  | { readonly action: 'refuse'; readonly reason: 'unavailable' | 'plaintext_backend' | 'backend_changed'; readonly message: LocalizedText };

/** The backend name we record: Linux reports its own; Windows and macOS have one each. */
export function backendName(platform: NodeJS.Platform, linuxBackend: string | null): string {
  if (platform === 'win32') return 'dpapi';
  if (platform === 'darwin') return 'keychain';
  return linuxBackend ?? 'unknown';
}

/**
 * Whether the database key may be created or unwrapped with this OS keystore. Linux's
 * basic_text backend is a hard-coded password, i.e. no protection: refused. A key
 * wrapped by another backend cannot be unwrapped by this one; making a new key would
 * orphan the data, so that is a clear refusal too.
 */
export function decideKeyBackend(facts: KeystoreFacts): KeyDecision {
  const backend = backendName(facts.platform, facts.linuxBackend);
  if (!facts.encryptionAvailable) {
    return { action: 'refuse', reason: 'unavailable', message: {
      vi: 'Kho khóa của hệ điều hành không sẵn sàng nên không thể bảo vệ khóa cơ sở dữ liệu. Hãy báo bộ phận CNTT.',
      en: "The operating system's keystore is not available, so the database key cannot be protected. Ask IT.",
    } };
  }
  if (facts.platform === 'linux' && (backend === 'basic_text' || backend === 'unknown')) {
    return { action: 'refuse', reason: 'plaintext_backend', message: {
      vi: `Kho khóa "${backend}" không mã hóa thật sự. Hãy cài GNOME Keyring hoặc KWallet (bộ phận CNTT).`,
      en: `The "${backend}" keystore does not really encrypt. Install GNOME Keyring or KWallet (IT).`,
    } };
  }
  if (facts.stored === null) return { action: 'create', backend };
  if (facts.stored.backend !== backend) {
    return { action: 'refuse', reason: 'backend_changed', message: {
      vi: `Khóa cơ sở dữ liệu được bảo vệ bằng "${facts.stored.backend}" nhưng máy đang dùng "${backend}". Dữ liệu chưa bị thay đổi; hãy khôi phục kho khóa cũ hoặc báo bộ phận CNTT.`,
      en: `The database key was protected with "${facts.stored.backend}" but this PC now uses "${backend}". The data is unchanged; restore the previous keystore or ask IT.`,
    } };
  }
  return { action: 'unwrap', backend };
}
