import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/tmp';
import { check, planPreflight, runPreflight } from './preflight';
import { systemProbe, type Probe } from './probe';
import { requirements } from './requirements';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const SYSTEM_FILES = [
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/lib/libreoffice/program/libsclo.so',
];

/**
 * A machine in a folder: bin/ is its whole PATH, and absolute paths the probe asks about
 * live under root/. `fakeApt` puts an apt-get there that logs its arguments and "installs"
 * each program and file its packages provide, so nothing is installed for real.
 */
function fakeMachine(options: { uid: number; programs?: string[]; files?: string[]; apt?: boolean; sudo?: 'nopasswd' | 'asks' }) {
  const dir = tempDir('desk-preflight-');
  dirs.push(dir);
  const bin = join(dir.path, 'bin');
  const root = join(dir.path, 'root');
  mkdirSync(bin, { recursive: true });
  const log = join(dir.path, 'apt.log');
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  const program = (name: string) => script(name, `echo "${name} 1.0"`);
  (options.programs ?? []).forEach(program);
  for (const file of options.files ?? []) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  if (options.apt) {
    const provides = `
for p in "$@"; do case "$p" in
  chromium) printf '#!/bin/sh\\necho Chromium 156\\n' > "${bin}/chromium"; chmod +x "${bin}/chromium";;
  poppler-utils) printf '#!/bin/sh\\necho pdftotext 22\\n' > "${bin}/pdftotext"; chmod +x "${bin}/pdftotext";;
  libreoffice-calc) printf '#!/bin/sh\\necho LibreOffice 7\\n' > "${bin}/soffice"; chmod +x "${bin}/soffice"; mkdir -p "${root}/usr/lib/libreoffice/program"; : > "${root}/usr/lib/libreoffice/program/libsclo.so";;
  fonts-noto-core) mkdir -p "${root}/usr/share/fonts/truetype/noto"; : > "${root}/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";;
  fonts-liberation) mkdir -p "${root}/usr/share/fonts/truetype/liberation"; : > "${root}/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";;
esac; done`;
    script('apt-get', `PATH=/usr/bin:/bin\necho "apt-get $*" >> "${log}"\n${provides}`);
  }
  if (options.sudo) script('sudo', options.sudo === 'nopasswd' ? `[ "$1" = "-n" ] && shift; "$@"` : 'exit 1');
  const real = systemProbe({ PATH: bin });
  const probe: Probe = { ...real, uid: options.uid, exists: (path) => existsSync(join(root, path)) };
  return { probe, aptLog: () => (existsSync(log) ? readFileSync(log, 'utf8') : '') };
}

const everything = { programs: ['chromium', 'soffice', 'pdftotext'], files: SYSTEM_FILES };
const testsOnly = (probe: Probe) => check(probe).filter((c) => c.requirement.neededBy === 'tests' && c.requirement.id !== 'native-module');

describe('npm test preflight', () => {
  it('finds every program on PATH and is ready without installing anything', () => {
    const machine = fakeMachine({ uid: 1000, ...everything, apt: true });
    expect(testsOnly(machine.probe).every((c) => c.found.present)).toBe(true);
    expect(planPreflight(testsOnly(machine.probe), machine.probe)).toEqual({ kind: 'ready' });
    expect(machine.aptLog()).toBe('');
  });

  it('honours CHROMIUM_PATH for a browser outside PATH', () => {
    const machine = fakeMachine({ uid: 1000, programs: ['my-chrome'] });
    const probe = { ...machine.probe, env: { ...machine.probe.env, CHROMIUM_PATH: machine.probe.which('my-chrome') ?? '' } };
    expect(requirements.find((r) => r.id === 'chromium')?.find(probe)).toMatchObject({ present: true });
  });

  it('as root with apt-get, installs everything missing in one apt-get install, then finds it', () => {
    const machine = fakeMachine({ uid: 0, programs: ['pdftotext'], apt: true });
    const lines: string[] = [];
    const plan = planPreflight(testsOnly(machine.probe), machine.probe);
    expect(plan).toMatchObject({ kind: 'install', packages: ['chromium', 'fonts-noto-core', 'fonts-liberation', 'libreoffice-calc'] });
    const outcome = runPreflight({ ...machine.probe }, (l) => lines.push(l), undefined);
    expect(outcome).toMatchObject({ ok: true });
    const installs = machine.aptLog().split('\n').filter((l) => l.startsWith('apt-get install'));
    expect(installs).toHaveLength(1);
    expect(installs[0]).toContain('--no-install-recommends');
    expect(lines.join('\n')).toContain('Installing what the tests need');
  });

  it('with sudo that needs no password, installs through sudo -n', () => {
    const machine = fakeMachine({ uid: 1000, ...everything, programs: ['soffice', 'pdftotext'], apt: true, sudo: 'nopasswd' });
    const plan = planPreflight(testsOnly(machine.probe), machine.probe);
    expect(plan).toMatchObject({ kind: 'install', packages: ['chromium'] });
    if (plan.kind !== 'install') return;
    expect(plan.steps.every((step) => step[0] === 'sudo' && step[1] === '-n')).toBe(true);
  });

  it('without the right to install, stops at once with the one command to run', () => {
    const machine = fakeMachine({ uid: 1000, files: SYSTEM_FILES, programs: ['soffice'], apt: true, sudo: 'asks' });
    const plan = planPreflight(testsOnly(machine.probe), machine.probe);
    expect(plan).toEqual({
      kind: 'stop',
      missing: expect.arrayContaining([expect.objectContaining({ id: 'chromium' }), expect.objectContaining({ id: 'pdftotext' })]) as unknown,
      instruction: 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium poppler-utils',
    });
    expect(machine.aptLog()).toBe('');
  });

  it('without apt-get, names what is missing for the local package manager', () => {
    const machine = fakeMachine({ uid: 0, ...everything, programs: ['chromium', 'soffice'] });
    const plan = planPreflight(testsOnly(machine.probe), machine.probe);
    expect(plan).toMatchObject({ kind: 'stop' });
    if (plan.kind === 'stop') expect(plan.instruction).toContain('pdftotext');
  });

  it('reports a failed install step and a package that did not provide the program', () => {
    const machine = fakeMachine({ uid: 0, ...everything, programs: ['chromium', 'soffice'], apt: true });
    expect(runPreflight(machine.probe, () => undefined, () => 100)).toMatchObject({ ok: false, message: expect.stringContaining('exit 100') as unknown });
    expect(runPreflight(machine.probe, () => undefined, () => 0)).toMatchObject({ ok: false, message: expect.stringContaining('Still missing') as unknown });
  });
});
