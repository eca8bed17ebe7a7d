/**
 * Keystroke → results painted, in Chromium over the real core (the e2e harness: built
 * renderer, exposeBinding bridge with JSON answers, a core that has pulled from its own simulator).
 * `npx tsx e2e/harness/lookup-ui-bench.ts [--json] [--keys 200] [--dossiers 20000]`; not a test.
 * (It lives with the harness it drives: the bench/ tsconfig project has no DOM types.)
 *
 * Each measured key is pressed after a pause longer than the search box's debounce
 * window, as an officer types; the time runs from the keydown event to the frame after
 * the list shows the results for the new text. Baseline: the same search as a bare
 * bridge call from the page (IPC-equivalent round trip + core + SQLite), no rendering,
 * with the limit the screen asks for first.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { z } from 'zod';
import { attachCore } from './attach';
import { startDeskCore } from './desk-core';
import { expectReady } from '../../test/core-under-test';
import { unaccented } from './lookup-data';
import { ensureRendererBuild, rendererOutDir, repoRoot } from './renderer-build';
import { startRendererServer } from './renderer-server';
import { startPortalSim } from '../../portal-sim';
import { TEST_REFERENCE_TIME } from '../../portal-sim/test-support';

/** Nearest-rank percentiles (the same definition as bench/lib/stats.ts, which this project cannot import). */
function summarize(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => Math.round((sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0) * 100) / 100;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}
const progress = (message: string): void => void process.stderr.write(`${message}\n`);

const argsSchema = z.object({ keys: z.coerce.number().int().min(10).max(5000), dossiers: z.coerce.number().int().min(100).max(1_000_000) });

function parseArgs(args: readonly string[]) {
  const value = (flag: string, fallback: string): string => {
    const i = args.indexOf(flag);
    return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
  };
  return argsSchema.parse({ keys: value('--keys', '200'), dossiers: value('--dossiers', '20000') });
}

const PAUSE_MS = 150;
/** The rows the lookup screen asks for first (RESULT_LIMITS[0] in renderer/screens/lookup/lookup-screen.tsx). */
const SCREEN_LIMIT = 50;

// Page-side code is passed as text: tsx (esbuild keepNames) would wrap functions in a
// __name helper that does not exist in the page.

/** Arms a watcher for "results for `expected` are on screen", resolved a frame later with ms since the last keydown. */
const arm = (page: Page, expected: string) =>
  page.evaluate(`(() => {
    const text = ${JSON.stringify(expected)};
    window.__painted = new Promise((resolve) => {
      const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (window.__keydownAt || 0)), 0));
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-results-for]')?.getAttribute('data-results-for') !== text) return;
        observer.disconnect();
        done();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  })()`);

const painted = (page: Page): Promise<number> => page.evaluate<number>('window.__painted');

const bareSearch = (page: Page, text: string): Promise<number> =>
  page.evaluate<number>(`(async () => {
    const start = performance.now();
    await window.desk.calls['lookup.search']({ text: ${JSON.stringify(text)}, filters: {}, limit: ${SCREEN_LIMIT} });
    return performance.now() - start;
  })()`);

const recordKeydowns = (page: Page) =>
  page.evaluate(`document.addEventListener('keydown', (e) => { window.__keydownAt = e.timeStamp; }, true)`);

export async function run(args: string[], json: boolean): Promise<void> {
  const params = parseArgs(args);
  ensureRendererBuild();
  // Kept between runs, as bench/lookup.ts keeps its own: generating 1,000,000 dossiers takes minutes.
  const simDir = join(repoRoot, '.tmp', 'bench', `ui-sim-${params.dossiers}`);
  const sim = await startPortalSim({ seed: 11, dossiers: params.dossiers, referenceTime: TEST_REFERENCE_TIME, dataDir: simDir });
  const desk = startDeskCore(null, sim.url);
  const server = await startRendererServer(rendererOutDir);
  const browser = await chromium.launch({
    headless: true,
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    progress(`lookup-ui: pulling ${params.dossiers} dossiers from the simulator…`);
    await desk.core.start();
    await expectReady(desk.core).sync()?.pullNow();
    // The first applicants in code order, read as names only (a million parsed bodies would not fit the harness).
    const db = desk.database?.db;
    if (!db) throw new Error('lookup-ui: the desk has no database');
    const firstNames = db.prepare<[], { name: string }>('SELECT applicant_name AS name FROM dossier ORDER BY code LIMIT 5000').all();
    const names = [...new Set(firstNames.map((r) => unaccented(r.name)))];
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const stop = await attachCore(page, desk.core, server.origin);
    await page.goto(`${server.origin}/#/lookup`);
    const box = page.getByRole('searchbox');
    await box.waitFor();
    await recordKeydowns(page);
    const ui: number[] = [];
    const bare: number[] = [];
    for (let n = 0; ui.length < params.keys; n++) {
      const name = names[n % names.length] ?? 'nguyen';
      await box.fill('');
      await page.waitForTimeout(PAUSE_MS);
      let typed = '';
      for (const ch of name.slice(0, 10)) {
        typed += ch;
        await arm(page, typed);
        await page.keyboard.press(ch === ' ' ? 'Space' : ch);
        const ms = await painted(page);
        if (n > 0) ui.push(ms); // the first name warms the page up
        await page.waitForTimeout(PAUSE_MS);
        if (ui.length >= params.keys) break;
      }
      bare.push(await bareSearch(page, typed));
    }
    stop();
    const uiSummary = summarize(ui);
    const bareSummary = summarize(bare);
    const result = {
      name: 'ui.keystroke_to_results_painted',
      unit: 'ms',
      ...uiSummary,
      baseline: { name: 'bridge.lookup.search (no render)', p95: bareSummary.p95 },
      ratio: Math.round((uiSummary.p95 / Math.max(1e-9, bareSummary.p95)) * 100) / 100,
      target: { p95: 40 },
      note: 'Chromium headless over the e2e harness bridge; keydown to the frame after the results show',
    };
    const report = { suite: 'lookup-ui', machine: { cpus: cpus().length, node: process.version }, params: { ...params, pauseMs: PAUSE_MS, limit: SCREEN_LIMIT, browser: browser.version() }, results: [result] };
    if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else console.log(`lookup-ui ${JSON.stringify(report.params)}\n  ${result.name}: p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms (n=${result.n}); baseline ${result.baseline.name} p95 ${bareSummary.p95} ms`);
  } finally {
    await browser.close();
    await server.close();
    await desk.dispose();
    await sim.close();
  }
}

if (process.argv[1]?.endsWith('lookup-ui-bench.ts')) {
  const rest = process.argv.slice(2);
  run(rest.filter((a) => a !== '--json'), rest.includes('--json')).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
