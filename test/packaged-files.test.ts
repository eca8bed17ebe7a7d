import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPackageFromFiles, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appFiles, productionPackages, readPackageJson } from './app-files';

// Builds a real app.asar from exactly what electron-builder would pack (same `files`
// patterns, same matcher, production dependencies only) and reads its file list back.
const root = resolve(import.meta.dirname, '..');
const builderConfig = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { files: string[]; asarUnpack: string[] };
let workDir = '';
let entries: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npx electron-vite build failed');
  }
  workDir = mkdtempSync(join(tmpdir(), 'desk-asar-'));
  const archive = join(workDir, 'app.asar');
  await createPackageFromFiles(root, archive, appFiles(root, builderConfig.files), undefined, { unpack: '*.node' });
  entries = listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 120_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the packaged app.asar', () => {
  it('contains the built app and its manifest', () => {
    expect(entries).toContain('/package.json');
    expect(entries).toContain('/out/main/index.js');
    expect(entries).toContain('/out/preload/index.cjs');
    expect(entries).toContain('/out/renderer/index.html');
  });

  it('contains no tests, specs, source maps or TypeScript sources', () => {
    const offending = entries.filter((entry) => /\.(test|spec)\.[^/]+$|\.map$|\.(ts|tsx|mts|cts)$/.test(entry));
    expect(offending).toEqual([]);
    expect(entries.filter((entry) => /^\/(electron|renderer|shared|e2e|test|bench|portal-sim|scripts|docs|build)\//.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /\/(e2e|__tests__)\//.test(entry))).toEqual([]);
  });

  it('contains no development-only dependency', () => {
    const production = new Set(productionPackages(root).values());
    const devOnly = Object.keys(readPackageJson(root).devDependencies ?? {}).filter((name) => !production.has(name));
    expect(devOnly).toContain('electron');
    expect(devOnly).toContain('vitest');
    const shipped = devOnly.filter((name) => entries.some((entry) => entry.startsWith(`/node_modules/${name}/`)));
    expect(shipped).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('/node_modules/@types/'))).toEqual([]);
  });

  it('ships every production dependency, with the SQLite addon and no native build leftovers', () => {
    for (const name of Object.keys(readPackageJson(root).dependencies ?? {})) {
      expect(entries.some((entry) => entry.startsWith(`/node_modules/${name}/`)), name).toBe(true);
    }
    expect(entries).toContain('/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
    expect(entries.filter((entry) => /better-sqlite3-multiple-ciphers\/(deps|src)\//.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /\.(o|a|mk|cc|c|h)$/.test(entry))).toEqual([]);
  });

  it('unpacks native addons (asarUnpack) so they can be loaded', () => {
    expect(builderConfig.asarUnpack).toContain('**/*.node');
  });
});
