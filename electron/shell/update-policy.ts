/**
 * What the app does when an update may exist. Pure, so every branch is tested
 * (update-policy.test.ts); electron/updater.ts only wires it to electron-updater.
 *
 * - No intranet feed configured (updates.url): never check.
 * - Per-machine install (Program Files, /opt, deb): IT pushes updates; the officer is
 *   only told a new version exists.
 * - Per-user install (AppImage, per-user NSIS): may download and install on quit, but
 *   not while actions wait in the outbox unless the outbox is safely persisted, and only
 *   where the updater verifies the installer's signature (Windows Authenticode). On Linux
 *   electron-updater checks only a hash from the same feed: IT pushes the .deb instead.
 */
export interface UpdateFacts {
  readonly feedConfigured: boolean;
  readonly perMachine: boolean;
  readonly updateAvailable: boolean;
  readonly outboxWaiting: number;
  /** True when queued actions survive a restart and are resent with the same key. */
  readonly outboxPersisted: boolean;
  /** True where the updater checks the installer's publisher signature (not a feed hash). */
  readonly signatureVerified: boolean;
}

export type UpdateDecision =
  | { readonly action: 'skip'; readonly reason: 'no-feed' | 'up-to-date' }
  | { readonly action: 'notify'; readonly reason: 'per-machine' | 'no-signature-check' }
  | { readonly action: 'defer'; readonly reason: 'outbox-not-persisted' }
  | { readonly action: 'install'; readonly reason: 'per-user' };

export function decideUpdate(facts: UpdateFacts): UpdateDecision {
  if (!facts.feedConfigured) return { action: 'skip', reason: 'no-feed' };
  if (!facts.updateAvailable) return { action: 'skip', reason: 'up-to-date' };
  if (facts.perMachine) return { action: 'notify', reason: 'per-machine' };
  if (!facts.signatureVerified) return { action: 'notify', reason: 'no-signature-check' };
  if (facts.outboxWaiting > 0 && !facts.outboxPersisted) return { action: 'defer', reason: 'outbox-not-persisted' };
  return { action: 'install', reason: 'per-user' };
}

type Env = Readonly<Record<string, string | undefined>>;

const isInside = (path: string, folder: string | undefined, caseInsensitive: boolean): boolean => {
  if (!folder) return false;
  const [p, f] = caseInsensitive ? [path.toLowerCase(), folder.toLowerCase()] : [path, folder];
  const withSep = f.endsWith('\\') || f.endsWith('/') ? f : `${f}${caseInsensitive ? '\\' : '/'}`;
  return p.startsWith(withSep);
};

/**
 * Whether IT installed the app for every user: under Program Files on Windows, from a
 * system package (/opt, /usr) on Linux. An AppImage is always a per-user copy.
 */
export function isPerMachineInstall(platform: NodeJS.Platform, execPath: string, env: Env): boolean {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files', 'C:\\Program Files (x86)'];
    return roots.some((root) => isInside(execPath, root, true));
  }
  if (env.APPIMAGE) return false;
  return ['/opt', '/usr'].some((root) => isInside(execPath, root, false));
}

/** Only Windows builds carry a signature electron-updater verifies before installing. */
export const updaterVerifiesSignature = (platform: NodeJS.Platform): boolean => platform === 'win32';

export interface UpdateNotice {
  readonly vi: string;
  readonly en: string;
}

/** The officer's message when a per-machine install sees a new version. */
export function perMachineNotice(version: string): UpdateNotice {
  return {
    vi: `Đã có phiên bản mới ${version}. Bộ phận IT sẽ cài đặt; bạn không cần làm gì.`,
    en: `A new version ${version} is available. IT will install it; you need not do anything.`,
  };
}
