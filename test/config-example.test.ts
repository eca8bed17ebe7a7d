import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../electron/core/cli/run';
import { verbs } from '../electron/core/cli/verbs';
import type { CliIo } from '../electron/core/cli/io';
import { machineConfigSchema } from '../electron/core/config/schema';
import { parseJsonc } from '../electron/core/config/jsonc';

// The annotated example IT copies must always be a valid configuration, and must
// document every key the schema knows: it can never drift from the code.
const projectRoot = resolve(import.meta.dirname, '..');
const exampleText = readFileSync(resolve(projectRoot, 'resources', 'config.example.jsonc'), 'utf8');
const parsedExample = parseJsonc(exampleText);
if (!parsedExample.ok) throw new Error(`config.example.jsonc line ${parsedExample.line}: ${parsedExample.problem.en}`);
const example = parsedExample.value;
const examplePath = resolve(projectRoot, 'resources', 'config.example.jsonc');

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function captureIo(): { io: (lang: 'vi' | 'en', json: boolean) => CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: (lang, json) => ({ lang, json, out: (t) => void out.push(t), err: (t) => void err.push(t) }) };
}

describe('resources/config.example.jsonc', () => {
  it('is valid against the real machine configuration schema', () => {
    const parsed = machineConfigSchema.safeParse(example);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('shows every key the schema produces, each with a comment that states its default', () => {
    const schemaKeys = leafKeys(machineConfigSchema.parse({ mode: 'production', portal: { baseUrl: 'https://x.test', caBundlePath: 'a', proxy: 'http://p.test' }, updates: { url: 'https://u.test' }, onlineOnly: { cataloguePath: 'x.json' }, competentUnits: { cataloguePath: 'y.json' } }));
    expect(leafKeys(example).sort()).toEqual(schemaKeys.sort());
    const defaults = exampleText.match(/default/gi) ?? [];
    expect(defaults.length).toBeGreaterThanOrEqual(schemaKeys.length);
  });

  it('passes `desk config check` as shipped, comments and all', async () => {
    const capture = captureIo();
    const code = await runCli(['config', 'check', examplePath, '--lang', 'en'], verbs, capture.io, 'en');
    expect(capture.err.join('')).toBe('');
    expect(code).toBe(0);
    expect(capture.out.join('')).toContain('Configuration is valid');
    expect(capture.out.join('')).toContain(`Competent units catalogue is valid: ${resolve(projectRoot, 'resources', 'competent-units.json')}`);
  });

  it('names the line and column when the example loses a comma', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-config-example-'));
    const file = join(dir, 'config.json');
    const lines = exampleText.split('\n');
    const modeLine = lines.findIndex((line) => line.includes('"mode":'));
    lines[modeLine] = (lines[modeLine] ?? '').replace(/,\s*$/, '');
    writeFileSync(file, lines.join('\n'));
    const capture = captureIo();
    const code = await runCli(['config', 'check', file, '--lang', 'en'], verbs, capture.io, 'en');
    expect(code).toBe(1);
    expect([...capture.out, ...capture.err].join('')).toMatch(/line \d+, column \d+: a comma was expected/);
  });

  it('makes `desk config check` name the bad key when the example is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-config-example-'));
    const file = join(dir, 'config.json');
    const broken = { ...(example as Record<string, unknown>), session: { lockAfterMinutes: 0, offlineSignInDays: 7 } };
    writeFileSync(file, JSON.stringify(broken));
    const capture = captureIo();
    const code = await runCli(['config', 'check', file, '--lang', 'en'], verbs, capture.io, 'en');
    expect(code).toBe(1);
    expect([...capture.out, ...capture.err].join('')).toContain('session.lockAfterMinutes');
  });
});
