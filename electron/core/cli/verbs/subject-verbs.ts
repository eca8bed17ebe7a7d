import { z } from 'zod';
import { UsageError, validateFlags } from '../args';
import { EXIT } from '../exit-codes';
import { say, type CliIo } from '../io';
import type { Verb } from '../verb';
import { withCore, type CliCore } from '../with-core';

const SUPERVISOR_ONLY = {
  vi: 'Chỉ cán bộ giám sát được trả lời yêu cầu của chủ thể dữ liệu: đăng nhập bằng --officer với tài khoản giám sát.',
  en: 'Only a supervisor may answer a data-subject request: sign in with --officer as a supervisor.',
};

const identifierOf = (positionals: readonly string[]): string => {
  const identifier = positionals[0]?.trim();
  if (!identifier) throw new UsageError('missing identifier (ID number, passport number or tax code)');
  return identifier;
};

/** Runs `work` only for a signed-in supervisor; anyone else gets the reason and EXIT.forbidden. */
const asSupervisor = (io: CliIo, work: (cli: CliCore) => Promise<number>) => async (cli: CliCore) => {
  const { session } = await cli.call('auth.session', {});
  if (!session?.roles.includes('supervisor')) {
    io.err(say(io, SUPERVISOR_ONLY));
    return EXIT.forbidden;
  }
  return work(cli);
};

const printKept = (io: CliIo, kept: readonly { vi: string; en: string }[]) => {
  io.out(say(io, { vi: 'Không xóa được:', en: 'Cannot be erased:' }));
  for (const line of kept) io.out(`  - ${say(io, line)}`);
};

/** `desk subject list ID`: everything this PC caches about one person (Law 91/2025/QH15). */
export const subjectListVerb: Verb = {
  name: 'subject list',
  session: 'required',
  usage: 'desk subject list <ID|passport|tax code> --officer SUPERVISOR [--json]',
  summary: { vi: 'Liệt kê mọi dữ liệu lưu trên máy về một người (yêu cầu của chủ thể dữ liệu, chỉ giám sát)', en: 'List everything cached about one person (data-subject request, supervisors only)' },
  run: ({ io, flags, command }) => {
    const identifier = identifierOf(command.positionals);
    return withCore(io, flags, asSupervisor(io, async ({ call }) => {
      const report = await call('subject.list', { identifier });
      if (io.json) {
        io.out(JSON.stringify(report));
        return EXIT.done;
      }
      io.out(say(io, { vi: `Chủ thể dữ liệu ${report.identifierMasked}`, en: `Data subject ${report.identifierMasked}` }));
      io.out(report.citizen
        ? say(io, { vi: `  Người nộp: ${report.citizen.fullName} (#${report.citizen.ref})`, en: `  Applicant: ${report.citizen.fullName} (#${report.citizen.ref})` })
        : say(io, { vi: '  Người nộp: không có trên máy', en: '  Applicant: not cached' }));
      io.out(say(io, { vi: `  Hồ sơ: ${report.dossiers.length}`, en: `  Dossiers: ${report.dossiers.length}` }));
      for (const d of report.dossiers) io.out(`    ${d.code}  ${d.procedureName}`);
      const unsent = report.outbox.filter((o) => !o.sent).length;
      io.out(say(io, { vi: `  Thao tác trong hàng đợi: ${report.outbox.length} (chưa gửi ${unsent})`, en: `  Outbox entries: ${report.outbox.length} (${unsent} not sent)` }));
      io.out(say(io, { vi: `  Việc tại quầy không kèm hồ sơ (hỗ trợ nộp trực tuyến): ${report.deskActivity.length}`, en: `  Counter work without a dossier (assisted online filing): ${report.deskActivity.length}` }));
      io.out(say(io, { vi: `  Dòng nhật ký kiểm tra nhắc tới: ${report.audit.length}`, en: `  Audit entries mentioning them: ${report.audit.length}` }));
      printKept(io, report.kept);
      return EXIT.done;
    }));
  },
};

/** `desk subject erase ID --reason …`: erases one person from the cache and redacts their queued payloads. */
export const subjectEraseVerb: Verb = {
  name: 'subject erase',
  session: 'required',
  usage: 'desk subject erase <ID|passport|tax code> --reason TEXT --officer SUPERVISOR [--json]',
  summary: { vi: 'Xóa dữ liệu của một người khỏi máy (yêu cầu của chủ thể dữ liệu, chỉ giám sát)', en: "Erase one person's data from this PC (data-subject request, supervisors only)" },
  flags: { reason: { type: 'string' } },
  run: ({ io, flags, command }) => {
    const identifier = identifierOf(command.positionals);
    const { reason } = validateFlags(z.object({ reason: z.string().trim().min(5).max(500) }), { reason: command.values.reason });
    return withCore(io, flags, asSupervisor(io, async ({ call }) => {
      const result = await call('subject.erase', { identifier, reason });
      if (io.json) {
        io.out(JSON.stringify(result));
        return EXIT.done;
      }
      const { citizen, dossiers, outboxRedacted, deskActivityRedacted } = result.erased;
      io.out(say(io, {
        vi: `Đã xóa dữ liệu của ${result.identifierMasked}: ${citizen} người nộp, ${dossiers} hồ sơ lưu tạm; đã che ${outboxRedacted} thao tác trong hàng đợi và ${deskActivityRedacted} việc tại quầy không kèm hồ sơ.`,
        en: `Erased ${result.identifierMasked}: ${citizen} applicant, ${dossiers} cached dossiers; ${outboxRedacted} outbox payloads and ${deskActivityRedacted} counter records without a dossier redacted.`,
      }));
      printKept(io, result.kept);
      return EXIT.done;
    }));
  },
};
