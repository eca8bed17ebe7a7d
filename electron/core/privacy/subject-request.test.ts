import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { subjectErasureSchema, subjectReportSchema } from '../../../shared/contract/privacy';
import { TRAINING_PASSWORD } from '../../../portal-sim/officers';
import { startDesk, type DeskUnderTest } from '../../../test/desk-harness';
import { tempDir } from '../../../test/tmp';
import { EXIT } from '../cli/exit-codes';
import { PASSWORD_ENV } from '../cli/password-prompt';
import { runCliInMemory as cli } from '../cli/run-in-memory';
import { verifyAuditChain } from '../audit/verify';
import { REDACTED } from './subject-request';

let desk: DeskUnderTest | null = null;
const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(async () => {
  await desk?.stop();
  desk = null;
  dirs.splice(0).forEach((d) => d.remove());
  delete process.env[PASSWORD_ENV];
});

describe('data-subject request (Law 91/2025/QH15)', () => {
  it('lists everything cached about one person, erases it, and audits both; the audit chain stays', async () => {
    desk = await startDesk({ sim: { dossiers: 300, citizens: 80 } });
    const { core } = desk;
    const { db } = desk.database;
    if (!db) throw new Error('no store');
    const person = db.prepare(
      'SELECT c.id_number AS id, c.id AS ref, count(d.id) AS n FROM citizen c JOIN dossier d ON d.applicant_id = c.id_number GROUP BY c.id ORDER BY n DESC LIMIT 1',
    ).get() as { id: string; ref: number; n: number };
    const intake = {
      procedureCode: '1.001193',
      applicant: { kind: 'citizen' as const, name: 'Người nộp', idNumber: person.id, phone: '0912345678', email: null, address: 'Phường Ba Đình, Thành phố Hà Nội' },
      summary: 'Đăng ký khai sinh', documents: ['Tờ khai đăng ký khai sinh'], sets: 1, vneidVerified: false,
    };
    const queued = await core.dispatch('action.intake', intake, { trusted: true });
    expect(queued.ok).toBe(true);
    // Assisted online filing after a refused paper intake: kept on this desk, under the applicant's ID.
    const filed = await core.dispatch(
      'action.assistedFiling',
      { procedureCode: '1.004222', applicantName: 'Người nộp', applicantIdNumber: person.id, action: { kind: 'assisted_online_filing', readiness: 'steps_first', slipPrinted: true } },
      { trusted: true },
    );
    expect(filed.ok).toBe(true);

    // An officer may not answer it.
    const refused = await core.dispatch('subject.list', { identifier: person.id }, { trusted: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN_ROLE');

    const signedIn = await core.dispatch('auth.signIn', { officerId: 'giamsat01', password: TRAINING_PASSWORD }, { trusted: true });
    expect(signedIn.ok).toBe(true);
    const listed = await core.dispatch('subject.list', { identifier: person.id }, { trusted: true });
    if (!listed.ok) throw new Error(listed.error.message);
    const report = subjectReportSchema.parse(listed.value);
    expect(report.identifierMasked).not.toContain(person.id.slice(0, 8));
    expect(report.citizen?.ref).toBe(person.ref);
    // Its cached dossiers, and the one the intake just made (provisional, or already delivered).
    expect(report.dossiers).toHaveLength(person.n + 1);
    expect(report.outbox.some((o) => o.kind === 'intake')).toBe(true);
    expect(report.audit.some((a) => a.action === 'action_queued')).toBe(true);
    expect(report.deskActivity).toMatchObject([{ kind: 'assisted_online_filing' }]);
    expect(report.kept.length).toBeGreaterThan(0);

    const erased = await core.dispatch('subject.erase', { identifier: person.id, reason: 'Yêu cầu xóa của chủ thể dữ liệu' }, { trusted: true });
    if (!erased.ok) throw new Error(erased.error.message);
    const result = subjectErasureSchema.parse(erased.value);
    expect(result.erased).toMatchObject({ citizen: 1, dossiers: person.n + 1 });
    expect(result.erased.outboxRedacted).toBeGreaterThanOrEqual(1);
    expect(result.erased.deskActivityRedacted).toBe(1);
    const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM citizen WHERE id_number = ?', person.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM dossier WHERE applicant_id = ?', person.id)).toBe(0);
    expect(count("SELECT count(*) AS n FROM desk_activity WHERE applicant_id = ? OR applicant_name = 'Người nộp'", person.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM desk_activity WHERE applicant_name = ?', REDACTED)).toBe(1);
    expect(count("SELECT count(*) AS n FROM outbox WHERE instr(payload, ?) > 0 OR instr(payload, '0912345678') > 0", person.id)).toBe(0);
    const payload = JSON.parse((db.prepare("SELECT payload FROM outbox WHERE kind = 'intake' ORDER BY seq DESC LIMIT 1").get() as { payload: string }).payload) as typeof intake;
    expect(payload.applicant).toMatchObject({ name: REDACTED, idNumber: null, phone: null });
    const actions = (db.prepare("SELECT action, subject, detail FROM audit WHERE action IN ('subject_listed', 'subject_erased') ORDER BY seq").all() as { action: string; subject: string; detail: string }[]);
    expect(actions.map((a) => a.action)).toEqual(['subject_listed', 'subject_erased']);
    for (const a of actions) expect(`${a.subject} ${a.detail}`).not.toContain(person.id);
    expect(verifyAuditChain(db).ok).toBe(true);
    // Listing again finds nothing left to erase.
    const after = await core.dispatch('subject.list', { identifier: person.id }, { trusted: true });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value).toMatchObject({ citizen: null, dossiers: [], deskActivity: [] });
  }, 120_000);

  it('`desk subject list` refuses an officer with a vi/en message and exit 5; a supervisor gets JSON', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const base = ['--data-dir', join(dir.path, 'data'), '--config', join(dir.path, 'absent.json')];
    const vi = await cli(['subject', 'list', '001085012345', ...base]);
    expect(vi).toMatchObject({ code: EXIT.forbidden, stdout: '' });
    expect(vi.stderr).toContain('Chỉ cán bộ giám sát');
    const en = await cli(['subject', 'erase', '001085012345', '--reason', 'Yêu cầu của chủ thể', '--lang', 'en', ...base]);
    expect(en.code).toBe(EXIT.forbidden);
    expect(en.stderr).toContain('Only a supervisor');
    process.env[PASSWORD_ENV] = TRAINING_PASSWORD;
    const ok = await cli(['subject', 'list', '001085012345', '--officer', 'giamsat01', '--json', ...base]);
    expect(ok.code).toBe(EXIT.done);
    expect(JSON.parse(ok.stdout)).toMatchObject({ identifierMasked: expect.stringMatching(/2345$/) as unknown, citizen: null, dossiers: [] });
    const bad = await cli(['subject', 'erase', '001085012345', '--officer', 'giamsat01', ...base]);
    expect(bad.code).toBe(EXIT.usage);
  }, 120_000);
});
