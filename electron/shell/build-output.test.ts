import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

// These tests read what `electron-vite build` emits. When the output is missing or
// older than its sources they build it first, so they can never pass on nothing.
const projectRoot = resolve(import.meta.dirname, '../..');
const builtHtml = join(projectRoot, 'out/renderer/index.html');
const builtPreload = join(projectRoot, 'out/preload/index.cjs');
const sources = ['renderer/index.html', 'electron/preload.ts', 'electron.vite.config.ts', 'shared/contract/bridge-builder.ts'].map((file) =>
  join(projectRoot, file),
);

const mtime = (file: string): number => statSync(file).mtimeMs;

function needsBuild(): boolean {
  if (!existsSync(builtHtml) || !existsSync(builtPreload)) return true;
  const oldestOutput = Math.min(mtime(builtHtml), mtime(builtPreload));
  return sources.some((file) => existsSync(file) && mtime(file) > oldestOutput);
}

beforeAll(() => {
  if (needsBuild()) execFileSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'pipe', timeout: 240_000 });
}, 240_000);

const decodeEntities = (text: string): string =>
  text.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1];
    if (name) attributes.set(name.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

describe('built out/renderer/index.html', () => {
  // Comments are not markup: the source explains its CSP choices in one.
  const html = () => readFileSync(builtHtml, 'utf8').replace(/<!--[\s\S]*?-->/g, '');

  it('carries exactly one CSP meta tag, equal to the shell constant', () => {
    const metas = [...html().matchAll(/<meta\b([^>]*)>/gi)].map((m) => attributesOf(m[1] ?? ''));
    const csp = metas.filter((attrs) => attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    expect(csp[0]?.get('content')?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('has no unsafe-eval, no unsafe-inline and no inline script', () => {
    const text = html();
    expect(text).not.toMatch(/unsafe-eval|unsafe-inline/);
    const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = '', body = ''] of scripts) {
      expect(attributesOf(attrs).get('src')).toMatch(/^\.?\/?assets\//);
      expect(body.trim()).toBe('');
    }
    expect(text).not.toMatch(/\son[a-z]+\s*=/i);
    expect(text).not.toMatch(/javascript:/i);
  });
});

describe('built out/preload/index.cjs', () => {
  const code = () => readFileSync(builtPreload, 'utf8');

  it('is CommonJS whose only require is electron (sandbox-compatible)', () => {
    const text = code();
    const requires = [...text.matchAll(/\brequire\s*\(/g)];
    const literal = [...text.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]);
    expect(literal.length).toBe(requires.length);
    expect(new Set(literal)).toEqual(new Set(['electron']));
    expect(text).not.toMatch(/^\s*(import|export)\s/m);
    expect(text).not.toMatch(/\bimport\s*\(/);
  });

  it('exposes window.desk through contextBridge and nothing else', () => {
    const text = code();
    const exposures = [...text.matchAll(/exposeInMainWorld\s*\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
    expect(exposures).toEqual(['desk']);
  });
});
