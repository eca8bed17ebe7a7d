// `npm run screenshots`: drives the e2e harness (real core, built renderer, Chromium)
// through e2e/screenshots.spec.ts and writes one PNG per screen and language to
// docs/screenshots/. Separate from the test run: the spec is tagged @screenshots.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const result = spawnSync('npx', ['playwright', 'test', '--project=chromium', '--grep', '@screenshots'], {
  stdio: 'inherit',
  env: { ...process.env, DESK_SCREENSHOTS: '1' },
});
if (result.status !== 0) {
  process.stderr.write('screenshots: the Playwright run failed; see above.\n');
  process.exit(result.status ?? 1);
}
const pngs = readdirSync('docs/screenshots').filter((name) => name.endsWith('.png')).sort();
process.stdout.write(`screenshots: ${pngs.length} PNGs in docs/screenshots/: ${pngs.join(', ')}\n`);
