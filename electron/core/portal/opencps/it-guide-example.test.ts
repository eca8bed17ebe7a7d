import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineConfigSchema } from '../../config/schema';

// The OpenCPS configuration IT copies from the guide must be one the desk accepts, in both languages.
const guide = readFileSync(resolve(import.meta.dirname, '..', '..', '..', '..', 'docs', 'it-guide.md'), 'utf8');
const sections = guide.split(/^## 10\. /m).slice(1).map((s) => s.split(/^#{1,2} /m)[0] ?? '');

describe('docs/it-guide.md: connecting to an OpenCPS site', () => {
  it('has the section in Vietnamese and in English', () => {
    expect(sections).toHaveLength(2);
  });

  it.each([0, 1])('the example of section %i is a valid production OpenCPS configuration', (i) => {
    const block = /```json\n([\s\S]*?)```/.exec(sections[i] ?? '')?.[1];
    expect(block).toBeDefined();
    const parsed = machineConfigSchema.safeParse(JSON.parse(block ?? '{}'));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.portal).toMatchObject({ dialect: 'opencps', opencps: { groupId: '35417', actionsPath: 'dossiers' } });
  });

  it('refuses an OpenCPS production configuration without its site settings, and a bad groupId', () => {
    const base = { mode: 'production', portal: { baseUrl: 'https://motcua.example.gov.vn/o/rest/v2', dialect: 'opencps' } };
    const missing = machineConfigSchema.safeParse(base);
    expect(missing.error?.issues.map((x) => x.path.join('.'))).toEqual(['portal.opencps']);
    const bad = machineConfigSchema.safeParse({ ...base, portal: { ...base.portal, opencps: { groupId: 'site-một', actionCodes: { accept: '' } } } });
    expect(bad.error?.issues.map((x) => x.path.join('.')).sort()).toEqual(['portal.opencps.actionCodes.accept', 'portal.opencps.groupId']);
  });
});
