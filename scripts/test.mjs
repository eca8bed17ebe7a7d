// `npm test`: the system programs the suites need (installed here where this process may),
// then every check and test layer, in order, continuing past failures so the closing line
// counts everything. Ends with "N passed, N failed" (CI reads it). A layer that cannot run
// counts as failed, never as skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { electronBinaryPath } from './lib/electron-runtime.mjs';

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

function closeAndExit() {
  if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
  console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
  process.exit(results.failed > 0 ? 1 : 0);
}

run('native module for Node', 'node', ['scripts/ensure-node-abi.mjs']);
// Without Chromium, LibreOffice or pdftotext whole layers could not run: stop at once instead.
if (!run('system programs the tests need (preflight)', 'npx', ['tsx', 'scripts/setup/preflight-main.ts'])) {
  results.failed += 1;
  failures.push('preflight (see above: what is missing and the command to install it)');
  closeAndExit();
}
check('type-check', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);

rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('unit, integration and renderer tests (Vitest)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json',
]);
countVitest('vitest', vitestOk, 'test-results/vitest.json');

check('build (electron-vite)', 'npx', ['electron-vite', 'build']);

rmSync('test-results/playwright-chromium.json', { force: true });
const e2eOk = run('e2e in Chromium over the real core (Playwright)', 'npx', ['playwright', 'test', '--project=chromium'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright-chromium.json',
});
countPlaywright('playwright chromium', e2eOk, 'test-results/playwright-chromium.json');

// Electron's runtime is downloaded from the internet (or ELECTRON_MIRROR / a cache); where it
// never arrived the Electron layer does not exist on this machine, and npm test says so. The
// release workflow sets DESK_REQUIRE_ELECTRON=1 so that there its absence is a failure.
if (electronBinaryPath()) {
  rmSync('test-results/playwright-electron.json', { force: true });
  const electronOk = run('Electron app (Playwright)', 'npx', ['playwright', 'test', '--project=electron'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright-electron.json',
  });
  countPlaywright('playwright electron', electronOk, 'test-results/playwright-electron.json');
} else if (process.env.DESK_REQUIRE_ELECTRON === '1') {
  results.failed += 1;
  failures.push('Electron app: the runtime is missing and DESK_REQUIRE_ELECTRON=1 requires it');
} else {
  console.log(
    "\n━━ Electron app: not on this machine — Electron's runtime was never downloaded (npm run doctor).\n" +
      '   The same renderer and core ran above in Chromium; the packaged shell is tested where the runtime exists.',
  );
}

closeAndExit();
