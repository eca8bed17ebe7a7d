// `npm test`: every check and test layer, in order, continuing past failures so the
// closing line counts everything. Ends with "N passed, N failed" (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  process.stdout.write(`\n━━ ${label}: ${command} ${args.join(' ')}\n`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(label, ok, path) {
  const report = readJson(path);
  if (!report) {
    results.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests;
  results.skipped += report.numPendingTests + report.numTodoTests;
  if (!ok || report.numFailedTests > 0) failures.push(label);
  if (!ok && report.numFailedTests === 0) results.failed += 1; // a crash outside any test
}

function countPlaywright(label, ok, path) {
  const report = readJson(path);
  if (!report?.stats) {
    results.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const { expected, unexpected, flaky, skipped } = report.stats;
  results.passed += expected + flaky;
  results.failed += unexpected;
  results.skipped += skipped;
  if (!ok || unexpected > 0) failures.push(label);
  if (!ok && unexpected === 0) results.failed += 1;
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

run('native module for Node', 'node', ['scripts/ensure-node-abi.mjs']);
check('type-check', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);

rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('unit, integration and renderer tests (Vitest)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json',
]);
countVitest('vitest', vitestOk, 'test-results/vitest.json');

check('build (electron-vite)', 'npx', ['electron-vite', 'build']);

if (existsSync(chromium)) {
  rmSync('test-results/playwright-chromium.json', { force: true });
  const e2eOk = run('e2e in Chromium over the real core (Playwright)', 'npx', ['playwright', 'test', '--project=chromium'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright-chromium.json',
  });
  countPlaywright('playwright chromium', e2eOk, 'test-results/playwright-chromium.json');
} else {
  results.failed += 1;
  failures.push('e2e: no Chromium');
  console.error(
    `\nThe browser tests need Chromium at ${chromium} (no test tool downloads a browser here).\n` +
      'Install it with: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-core\n' +
      'or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
  );
}

rmSync('test-results/playwright-electron.json', { force: true });
const electronOk = run('Electron app (Playwright, needs the Electron binary)', 'npx', ['playwright', 'test', '--project=electron'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright-electron.json',
});
countPlaywright('playwright electron', electronOk, 'test-results/playwright-electron.json');

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);
