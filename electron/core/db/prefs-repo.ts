import type { Db } from './connection';

export interface PrefsRepo {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createPrefsRepo(db: Db): PrefsRepo {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM prefs WHERE key = ?');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO prefs (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => select.get(key)?.value,
    set: (key, value) => void upsert.run(key, value),
  };
}
