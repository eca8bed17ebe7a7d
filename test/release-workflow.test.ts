import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parse } from 'yaml';
import { COUNTER_BUILD_MODE } from '../scripts/lib/build-modes.mjs';

// The release workflow runs dependency code next to signing secrets and a write token.
// These rules keep the two apart; each rule is shown failing on the pattern it forbids.
const projectRoot = resolve(import.meta.dirname, '..');
const workflowText = readFileSync(resolve(projectRoot, '.github/workflows/release.yml'), 'utf8');
const allowScripts = z
  .object({ allowScripts: z.record(z.string(), z.boolean()) })
  .parse(JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8'))).allowScripts;

const stepSchema = z.looseObject({
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: z.record(z.string(), z.unknown()).optional(),
});
const jobSchema = z.looseObject({
  permissions: z.unknown().optional(),
  env: z.record(z.string(), z.unknown()).optional(),
  steps: z.array(stepSchema),
});
const workflowSchema = z.looseObject({
  permissions: z.unknown(),
  env: z.record(z.string(), z.unknown()).optional(),
  jobs: z.record(z.string(), jobSchema),
});
type Workflow = z.infer<typeof workflowSchema>;

const WRITE_JOBS = new Set(['publish']);
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const INSTALL = /\bnpm (ci|install|i)\b/;
const mentionsSecret = (value: unknown): boolean => JSON.stringify(value ?? null).includes('secrets.');

/** Every rule the workflow breaks, in words (empty = fine). */
function findings(workflow: Workflow): string[] {
  const found: string[] = [];
  if (JSON.stringify(workflow.permissions) !== JSON.stringify({ contents: 'read' })) found.push('workflow permissions are not read-only');
  if (mentionsSecret(workflow.env)) found.push('secrets in the workflow env');
  const allowed = Object.entries(allowScripts).filter(([, on]) => on).map(([name]) => name).sort();
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    const writes = JSON.stringify(job.permissions ?? null).includes('write');
    if (writes && !WRITE_JOBS.has(jobName)) found.push(`${jobName}: write permission outside publishing`);
    if (mentionsSecret(job.env)) found.push(`${jobName}: secrets in the job env`);
    const installs = job.steps.some((step) => INSTALL.test(step.run ?? ''));
    for (const step of job.steps) {
      const label = `${jobName}/${step.name ?? step.uses ?? step.run ?? '?'}`;
      if (step.uses && !PINNED.test(step.uses)) found.push(`${label}: action not pinned by commit`);
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) found.push(`${label}: checkout keeps credentials`);
      if (step.uses?.startsWith('actions/setup-node@') && step.with?.cache !== undefined) found.push(`${label}: dependency cache in a release`);
      const run = step.run ?? '';
      if (INSTALL.test(run) && !run.includes('--ignore-scripts')) found.push(`${label}: install runs dependency scripts`);
      const rebuild = /\bnpm rebuild (.+)/.exec(run);
      if (rebuild && rebuild[1]?.trim().split(/\s+/).sort().join(' ') !== allowed.join(' ')) found.push(`${label}: rebuilds other than allowScripts`);
      if (mentionsSecret(step)) {
        if (!/sign/i.test(step.name ?? '')) found.push(`${label}: secrets outside the signing step`);
        if (INSTALL.test(run) || /\bnpm (rebuild|test)\b|vitest|playwright|install-app-deps/.test(run)) found.push(`${label}: secrets next to installs or tests`);
        if (!run.includes('npmRebuild=false')) found.push(`${label}: the signing step may rebuild native modules`);
      }
    }
    if (installs && !job.steps.some((step) => /\bnpm rebuild\b/.test(step.run ?? ''))) found.push(`${jobName}: native modules not rebuilt explicitly`);
  }
  return found;
}

const load = (): Workflow => workflowSchema.parse(parse(workflowText));

describe('release workflow (.github/workflows/release.yml)', () => {
  it('keeps secrets, write access and dependency code apart', () => {
    expect(findings(load())).toEqual([]);
  });

  it('has a signing step that receives the secrets', () => {
    const steps = Object.values(load().jobs).flatMap((job) => job.steps);
    expect(steps.filter(mentionsSecret).map((step) => step.name)).toEqual(['Package and sign (Windows)']);
  });

  it('flags a write token for every job', () => {
    expect(findings({ ...load(), permissions: { contents: 'write' } })).toContain('workflow permissions are not read-only');
  });

  it('flags secrets in a job env, next to npm ci', () => {
    const workflow = load();
    const pkg = workflow.jobs.package;
    if (!pkg) throw new Error('package job missing');
    const broken = { ...workflow, jobs: { ...workflow.jobs, package: { ...pkg, env: { AZURE_CLIENT_SECRET: '${{ secrets.AZURE_CLIENT_SECRET }}' } } } };
    expect(findings(broken)).toContain('package: secrets in the job env');
  });

  it('flags a tag-pinned action, a checkout that keeps credentials, an install with scripts', () => {
    const workflow = load();
    const test = workflow.jobs.test;
    if (!test) throw new Error('test job missing');
    const steps = [{ uses: 'actions/checkout@v4' }, { run: 'npm ci' }, ...test.steps];
    const result = findings({ ...workflow, jobs: { ...workflow.jobs, test: { ...test, steps } } });
    expect(result).toEqual(
      expect.arrayContaining([
        'test/actions/checkout@v4: action not pinned by commit',
        'test/actions/checkout@v4: checkout keeps credentials',
        'test/npm ci: install runs dependency scripts',
      ]),
    );
  });

  it('flags a write permission outside the publish job', () => {
    const workflow = load();
    const test = workflow.jobs.test;
    if (!test) throw new Error('test job missing');
    expect(findings({ ...workflow, jobs: { ...workflow.jobs, test: { ...test, permissions: { contents: 'write' } } } })).toContain(
      'test: write permission outside publishing',
    );
  });
});

describe('what the release workflow builds and tests', () => {
  const steps = () => Object.values(load().jobs).flatMap((job) => job.steps);

  it('packages the counter build: every electron-vite build before electron-builder uses --mode counter', () => {
    const builds = steps().filter((step) => /\belectron-vite build\b/.test(step.run ?? ''));
    expect(builds.length).toBeGreaterThan(0);
    for (const step of builds) expect(step.run).toMatch(new RegExp(`--mode ${COUNTER_BUILD_MODE}\\b`));
  });

  it('requires the Electron layer where it runs npm test (the runtime is installed there)', () => {
    const npmTest = steps().filter((step) => /\bnpm test\b/.test(step.run ?? ''));
    expect(npmTest.length).toBeGreaterThan(0);
    for (const step of npmTest) expect(step.env?.DESK_REQUIRE_ELECTRON).toBe('1');
  });
});
