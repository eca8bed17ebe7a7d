import { spawnSync } from 'node:child_process';
import type { Probe } from './probe';
import { requirements, type Found, type Requirement } from './requirements';

export interface Checked {
  readonly requirement: Requirement;
  readonly found: Found;
}

export type Plan =
  | { readonly kind: 'ready' }
  | { readonly kind: 'install'; readonly packages: readonly string[]; readonly steps: readonly (readonly string[])[] }
  | { readonly kind: 'stop'; readonly missing: readonly Requirement[]; readonly instruction: string };

export const check = (probe: Probe, list: readonly Requirement[] = requirements): Checked[] =>
  list.map((requirement) => ({ requirement, found: requirement.find(probe) }));

const aptSteps = (packages: readonly string[], prefix: readonly string[]): string[][] => [
  [...prefix, 'apt-get', 'update'],
  [...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', ...packages],
];

/**
 * What `npm test` does about missing system programs: nothing when all are there; install
 * them in one step when this process may (root, or sudo without a password, and apt-get);
 * otherwise stop with the one command a person should run.
 */
export function planPreflight(checked: readonly Checked[], probe: Probe): Plan {
  const missing = checked.filter((c) => c.requirement.neededBy === 'tests' && !c.found.present).map((c) => c.requirement);
  if (missing.length === 0) return { kind: 'ready' };
  const packages = [...new Set(missing.flatMap((r) => r.aptPackages))];
  const withoutApt = missing.filter((r) => r.aptPackages.length === 0);
  const aptCommand = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (withoutApt.length > 0) {
    const steps = withoutApt.map((r) => `${r.label}: ${r.otherwise ?? 'see npm run doctor'}`);
    return { kind: 'stop', missing, instruction: [...steps, ...(packages.length ? [aptCommand] : [])].join('\n') };
  }
  const apt = probe.which('apt-get');
  if (!apt) return { kind: 'stop', missing, instruction: `Install with your system's package manager: ${missing.map((r) => r.label).join(', ')} (on Debian: ${aptCommand})` };
  if (probe.uid === 0) return { kind: 'install', packages, steps: aptSteps(packages, []) };
  const sudo = probe.which('sudo');
  if (sudo && probe.succeeds(sudo, ['-n', 'true'])) return { kind: 'install', packages, steps: aptSteps(packages, ['sudo', '-n']) };
  return { kind: 'stop', missing, instruction: aptCommand };
}

/** Runs one install step with its output visible (apt's own progress). Returns the exit status. */
export type StepRunner = (step: readonly string[], env: Readonly<Record<string, string | undefined>>) => number;

export const inheritRunner: StepRunner = (step, env) => {
  const [command, ...args] = step;
  if (!command) return 1;
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1;
};

export type PreflightOutcome = { readonly ok: true; readonly installed: readonly string[] } | { readonly ok: false; readonly message: string };

/** Checks, installs what is missing where allowed, checks again. */
export function runPreflight(probe: Probe, log: (line: string) => void, runStep: StepRunner = inheritRunner): PreflightOutcome {
  const plan = planPreflight(check(probe), probe);
  if (plan.kind === 'ready') return { ok: true, installed: [] };
  if (plan.kind === 'stop') {
    return {
      ok: false,
      message: `Missing for the tests: ${plan.missing.map((r) => r.label).join(', ')}.\nRun:\n  ${plan.instruction.split('\n').join('\n  ')}\nthen npm test again (npm run doctor lists every requirement).`,
    };
  }
  log(`Installing what the tests need (one step): ${plan.packages.join(' ')}`);
  for (const step of plan.steps) {
    log(`$ ${step.join(' ')}`);
    const status = runStep(step, probe.env);
    if (status !== 0) return { ok: false, message: `"${step.join(' ')}" failed (exit ${status}); see its output above.` };
  }
  const still = check(probe).filter((c) => c.requirement.neededBy === 'tests' && !c.found.present);
  if (still.length > 0) {
    return { ok: false, message: `Still missing after the install: ${still.map((c) => `${c.requirement.label} (${c.found.detail})`).join(', ')}` };
  }
  return { ok: true, installed: plan.packages };
}
