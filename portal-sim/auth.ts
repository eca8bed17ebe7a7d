import { randomBytes, timingSafeEqual } from 'node:crypto';
import { OFFICERS, TRAINING_PASSWORD, type Officer } from './officers';

const SESSION_MS = 12 * 60 * 60 * 1000;

export interface Sessions {
  login(username: string, password: string): { token: string; expiresMs: number; officer: Officer } | null;
  officerFor(authorization: string | undefined): Officer | null;
}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Per-officer Bearer tokens, in memory: a restarted simulator asks everyone to sign in again. */
export function createSessions(): Sessions {
  const tokens = new Map<string, { officer: Officer; expiresMs: number }>();
  return {
    login(username, password) {
      const officer = OFFICERS.find((o) => o.id === username);
      if (!officer || !same(password, TRAINING_PASSWORD)) return null;
      const token = randomBytes(24).toString('base64url');
      const expiresMs = Date.now() + SESSION_MS;
      tokens.set(token, { officer, expiresMs });
      return { token, expiresMs, officer };
    },
    officerFor(authorization) {
      const m = /^Bearer ([\w-]+)$/.exec(authorization ?? '');
      const session = m?.[1] ? tokens.get(m[1]) : undefined;
      if (!session) return null;
      if (session.expiresMs < Date.now()) {
        tokens.delete(m?.[1] ?? '');
        return null;
      }
      return session.officer;
    },
  };
}
