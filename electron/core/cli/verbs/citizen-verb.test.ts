import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenSchema, type Citizen } from '../../../../shared/domain/citizen';
import { HOTLINE, linkageStatus, type LinkageState } from '../../../../shared/domain/linkage';
import { startDesk, type DeskUnderTest } from '../../../../test/desk-harness';
import { tempDir } from '../../../../test/tmp';
import { runCliInMemory as cli } from '../run-in-memory';

interface Cached {
  ref: number;
  citizen: Citizen;
}

let desk: DeskUnderTest;
let cached: Cached[];
const config = tempDir();
let base: string[];

// The CLI opens the same data folder as the running desk core, as it does next to the app.
beforeAll(async () => {
  desk = await startDesk({ sim: { citizens: 400, dossiers: 200 } });
  const rows = desk.database.db.prepare('SELECT id, body FROM citizen ORDER BY id').all() as { id: number; body: string }[];
  cached = rows.map((r) => ({ ref: r.id, citizen: citizenSchema.parse(JSON.parse(r.body)) }));
  base = ['--data-dir', desk.dataRoot, '--config', config.file('config.json', JSON.stringify({ mode: 'training' }))];
}, 60_000);
afterAll(async () => {
  await desk.stop();
  config.remove();
});

const one = (kind: Citizen['kind'], state?: LinkageState): Cached => {
  const found = cached.find((c) => c.citizen.kind === kind && (!state || linkageStatus(c.citizen.linkage, '2026-06-15').state === state));
  if (!found) throw new Error(`no cached ${kind} ${state ?? ''}`);
  return found;
};

interface CitizenJson {
  ref: number;
  linkageStatus: { state: LinkageState; showHotline: boolean; hotline: string | null; guidance: { vi: string; en: string }[] };
}

describe('desk citizen', () => {
  it.each([
    ['a 12-digit ID', 'citizen', undefined],
    ['a passport number', 'foreigner', undefined],
    ['an organisation tax code', 'organisation', 'organisation_unlinked'],
    ['an organisation tax code', 'organisation', 'organisation'],
  ] as const)('finds the applicant by %s; --json carries the decided state, guidance vi+en and the hotline flag', async (_what, kind, state) => {
    const target = one(kind, state);
    const { code, stdout } = await cli(['citizen', target.citizen.idNumber, '--json', ...base]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as CitizenJson;
    const expected = linkageStatus(target.citizen.linkage, (JSON.parse(stdout) as { officeToday: string }).officeToday);
    expect(printed.ref).toBe(target.ref);
    expect(printed.linkageStatus).toMatchObject({ state: expected.state, showHotline: expected.showHotline, guidance: expected.guidance });
    expect(printed.linkageStatus.hotline).toBe(expected.showHotline ? HOTLINE : null);
    expect(stdout).not.toContain(target.citizen.idNumber);
  });

  it('--ref N opens the applicant a dossier points to; the text output shows the hotline once on a problem state', async () => {
    const target = one('organisation', 'organisation_unlinked');
    const { code, stdout } = await cli(['citizen', '--ref', String(target.ref), '--lang', 'en', ...base]);
    expect(code).toBe(0);
    expect(stdout).toContain(target.citizen.fullName);
    expect(stdout.split(HOTLINE)).toHaveLength(2);
    expect(stdout).toMatch(/form TK02/);
  });

  it('a well-formed identifier that is not cached: exit 1 with the reason in Vietnamese', async () => {
    const { code, stdout, stderr } = await cli(['citizen', 'Z9999999', ...base]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Không có người nộp này');
  });

  it.each([[['Nguyễn']], [['12345']], [['001090012345', '--ref', '3']], [['--ref', 'abc']], [[]]])('refuses %j with a usage error', async (args) => {
    const { code, stdout } = await cli(['citizen', ...args, ...base]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });
});
