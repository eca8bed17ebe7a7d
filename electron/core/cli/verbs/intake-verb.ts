import { z } from 'zod';
import { intakeSchema } from '../../../../shared/contract/actions';
import { pickedCompetentUnit } from '../../../../shared/domain/competent-units';
import { linkageStatus } from '../../../../shared/domain/linkage';
import { onlineFilingReadiness } from '../../../../shared/domain/online-filing';
import { procedureByCode } from '../../../../shared/domain/procedures';
import { UsageError, validateFlags } from '../args';
import { EXIT } from '../exit-codes';
import { say } from '../io';
import type { Verb } from '../verb';
import { withCore } from '../with-core';
import { listCompetentUnits } from './intake-units';

const flagsSchema = z.object({
  procedure: z.string().min(1),
  name: z.string().min(1),
  id: z.string().trim().min(1).optional(),
  address: z.string().min(1),
  summary: z.string().min(1),
  documents: z.string().min(1),
  /** The competent unit's code (`--list-units` shows the choices); the procedure's usual unit when absent. */
  unit: z.string().trim().min(1).max(64).optional(),
  'list-units': z.literal(false),
});
const listFlagsSchema = z.object({ procedure: z.string().trim().min(1), 'list-units': z.literal(true) });

/**
 * `desk intake`: receives a paper dossier at the counter. An online-only procedure
 * (Directive 24) is refused before anything is queued, with the reason and the assisted
 * online filing steps for this applicant when their identifier is cached. `--unit` picks the
 * competent unit (refused with the core's reason when it is not competent); `--list-units`
 * only lists the choices for `--procedure`.
 */
export const intakeVerb: Verb = {
  name: 'intake',
  session: 'required',
  usage: 'desk intake --procedure CODE --name NAME [--id ID] --address TEXT --summary TEXT --documents "a;b" [--unit CODE] [--json] | desk intake --procedure CODE --list-units [--json]',
  summary: { vi: 'Tiếp nhận hồ sơ giấy (thủ tục chỉ nộp trực tuyến bị từ chối, kèm hướng dẫn nộp trực tuyến)', en: 'Receive a paper dossier (online-only procedures are refused, with online filing guidance)' },
  flags: {
    procedure: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' }, address: { type: 'string' }, summary: { type: 'string' },
    documents: { type: 'string' }, unit: { type: 'string' }, 'list-units': { type: 'boolean', default: false },
  },
  run: ({ io, flags, command }) => {
    if (command.values['list-units'] === true) {
      const { procedure } = validateFlags(listFlagsSchema, { ...command.values });
      return withCore(io, flags, ({ call }) => listCompetentUnits(io, procedure, call));
    }
    const f = validateFlags(flagsSchema, { ...command.values });
    const intake = intakeSchema.safeParse({
      procedureCode: f.procedure,
      ...(f.unit === undefined ? {} : { competentUnitCode: f.unit }),
      applicant: { kind: 'citizen', name: f.name, idNumber: f.id ?? null, phone: null, email: null, address: f.address },
      summary: f.summary,
      documents: f.documents.split(';').map((d) => d.trim()).filter(Boolean),
      sets: 1,
      vneidVerified: false,
    });
    if (!intake.success) throw new UsageError(intake.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return withCore(io, flags, async ({ core, call }) => {
      // Dispatched directly: a refusal's details (why, since when) are what this verb shows.
      const result = await core.dispatch('action.intake', intake.data, { trusted: true });
      if (result.ok) {
        const recorded = result.value as { seq: number; dossierCode: string };
        // The core accepted the pick, so the same rule on the same catalogue names the unit it chose.
        const { competentUnits } = await call('app.info', {});
        const chosen = pickedCompetentUnit(f.procedure, f.unit, competentUnits);
        const competentUnit = chosen ? { code: chosen.code, name: chosen.name } : null;
        if (io.json) io.out(JSON.stringify({ received: true, ...recorded, competentUnit }));
        else {
          io.out(say(io, { vi: `Đã tiếp nhận hồ sơ ${recorded.dossierCode} (#${recorded.seq})`, en: `Received dossier ${recorded.dossierCode} (#${recorded.seq})` }));
          io.out(
            competentUnit
              ? say(io, {
                vi: `Đơn vị giải quyết: ${competentUnit.name} (${competentUnit.code})${f.unit === undefined ? ' — đơn vị thường dùng cho thủ tục này' : ''}`,
                en: `Competent unit: ${competentUnit.name} (${competentUnit.code})${f.unit === undefined ? ' — the usual unit for this procedure' : ''}`,
              })
              : say(io, { vi: 'Đơn vị giải quyết: chưa có trong danh mục đơn vị có thẩm quyền', en: 'Competent unit: none in the competent-unit catalogue' }),
          );
        }
        return EXIT.done;
      }
      const details = (result.error.details ?? {}) as { message?: { vi: string; en: string }; onlineOnlyFrom?: string };
      const reason = details.message ?? { vi: result.error.message, en: result.error.message };
      const procedure = procedureByCode(f.procedure);
      let readiness: ReturnType<typeof onlineFilingReadiness> | null = null;
      if (details.onlineOnlyFrom && procedure && f.id) {
        // An applicant not cached here just gets the reason: the officer asks about VNeID level 2.
        const detail = await call('citizen.find', { identifier: f.id }).catch(() => null);
        if (detail) readiness = onlineFilingReadiness(linkageStatus(detail.citizen.linkage, detail.officeToday), procedure.name, detail.officeToday);
      }
      if (io.json) {
        io.out(JSON.stringify({ received: false, code: result.error.code, reason, onlineOnlyFrom: details.onlineOnlyFrom ?? null, assistedFiling: readiness }));
      } else {
        io.err(say(io, reason));
        if (readiness) {
          io.err(say(io, readiness.canFileNow
            ? { vi: 'Người nộp nộp trực tuyến được ngay:', en: 'The applicant can file online now:' }
            : { vi: 'Người nộp cần làm trước các bước sau:', en: 'The applicant first takes these steps:' }));
          readiness.steps.forEach((step, i) => io.err(`  ${i + 1}. ${say(io, step)}`));
        }
      }
      return EXIT.error;
    });
  },
};
