// Release-pipeline smoke test of the SHIPPED binary (fuses as flipped by afterPack):
// it must not run as Node, must ignore NODE_OPTIONS and must ignore --inspect.
// Usage: node build/verify-packaged.mjs <path to packaged executable>
// (On Linux run it under xvfb-run: the app opens its window when a check passes.)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const executable = process.argv[2];
if (!executable || !existsSync(executable)) {
  console.error(`usage: node build/verify-packaged.mjs <packaged executable> (got ${executable ?? 'nothing'})`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'desk-verify-'));
const baseEnv = { ...process.env, ONESTOP_DESK_CONFIG: join(work, 'absent-config.json') };

/** Starts the app, collects its output for a few seconds, then stops it. */
function runFor(args, env, ms = 12_000) {
  return new Promise((resolve) => {
    const child = spawn(executable, [...args, `--user-data-dir=${join(work, `data-${Date.now()}`)}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill(), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

const failures = [];
const marker = join(work, 'node-options-ran');
const payload = join(work, 'inject.cjs');
writeFileSync(payload, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');`);

const asNode = await runFor(['-e', "process.stdout.write('RUN_AS_NODE_WORKS')"], { ...baseEnv, ELECTRON_RUN_AS_NODE: '1' });
if (asNode.includes('RUN_AS_NODE_WORKS')) failures.push('ELECTRON_RUN_AS_NODE still runs scripts (RunAsNode fuse)');

await runFor([], { ...baseEnv, NODE_OPTIONS: `--require ${payload}` });
if (existsSync(marker)) failures.push('NODE_OPTIONS --require still runs (EnableNodeOptionsEnvironmentVariable fuse)');

const inspected = await runFor(['--inspect=0'], baseEnv);
if (/Debugger listening/i.test(inspected)) failures.push('--inspect still opens a debugger (EnableNodeCliInspectArguments fuse)');

if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL ${failure}`);
  process.exit(1);
}
console.log('packaged binary: RunAsNode, NODE_OPTIONS and --inspect are all refused');
