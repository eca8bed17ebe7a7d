import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineConfigSchema } from '../electron/core/config/schema';

// The IT guide documents every machine-configuration key in both languages; a key
// added to the schema without documentation fails here.
const guide = readFileSync(resolve(import.meta.dirname, '..', 'docs', 'it-guide.md'), 'utf8');
const [vietnamese = '', english = ''] = guide.split(/^# English$/m);

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

const keys = leafKeys(
  machineConfigSchema.parse({ mode: 'production', portal: { baseUrl: 'https://x.test', caBundlePath: 'a', proxy: 'http://p.test' }, updates: { url: 'https://u.test' }, onlineOnly: { cataloguePath: 'x.json' }, competentUnits: { cataloguePath: 'y.json' } }),
);

describe('docs/it-guide.md', () => {
  it('has a Vietnamese and an English section', () => {
    expect(vietnamese).toContain('# Tiếng Việt');
    expect(english.length).toBeGreaterThan(1000);
  });

  it.each(keys)('documents the configuration key %s in both languages', (key) => {
    expect(vietnamese).toContain(`| \`${key}\` |`);
    expect(english).toContain(`| \`${key}\` |`);
  });

  it('covers silent installs, checks, the outbox promise and the 72-hour breach notice in both languages', () => {
    for (const section of [vietnamese, english]) {
      for (const needle of ['/S /D=', 'msiexec /i', '/qn', 'sha256sum', 'Get-AuthenticodeSignature', 'config check', 'desk.sqlite', 'synchronous=FULL', '72', 'A05', 'publisherName']) {
        expect(section, needle).toContain(needle);
      }
    }
  });
});
