import { z } from 'zod';
import { parseApplicantId } from '../../../../shared/domain/applicant-id';
import { HOTLINE, linkageStatus } from '../../../../shared/domain/linkage';
import { UsageError, validateFlags } from '../args';
import { say } from '../io';
import type { Verb } from '../verb';
import { withCore } from '../with-core';
import { rowLine } from './lookup-verbs';

/** The applicant as a dossier names them (--ref N) or by any identifier the counter is given. */
function target(positionals: string[], ref: number | undefined): { ref: number } | { identifier: string } {
  const text = positionals.join(' ').trim();
  if (ref !== undefined) {
    if (text) throw new UsageError('give either an identifier or --ref, not both');
    return { ref };
  }
  if (!text) throw new UsageError('missing applicant identifier (12-digit ID, passport number, tax/enterprise code) or --ref N');
  const id = parseApplicantId(text);
  if (!id.ok) throw new UsageError(id.reason.en);
  return { identifier: id.value };
}

export const citizenVerb: Verb = {
  name: 'citizen',
  session: 'required',
  usage: 'desk citizen <12-digit ID | passport no. | tax/enterprise code> | --ref N [--json]',
  summary: {
    vi: 'Xem người nộp (công dân, người nước ngoài, tổ chức) và tình trạng VNeID, hướng dẫn (số định danh bị che)',
    en: 'Show an applicant (citizen, foreigner, organisation) with the VNeID state and guidance (ID masked)',
  },
  flags: { ref: { type: 'string' } },
  run: ({ io, flags, command }) => {
    const { ref } = validateFlags(z.object({ ref: z.coerce.number().int().positive().optional() }), { ref: command.values.ref });
    const wanted = target(command.positionals, ref);
    return withCore(io, flags, async ({ call }) => {
      const detail = 'ref' in wanted ? await call('citizen.get', wanted) : await call('citizen.find', wanted);
      const linkage = linkageStatus(detail.citizen.linkage, detail.officeToday);
      if (io.json) {
        const decided = {
          state: linkage.state,
          lockReason: linkage.lockReason,
          hasProblem: linkage.hasProblem,
          showHotline: linkage.showHotline,
          hotline: linkage.showHotline ? HOTLINE : null,
          title: linkage.title,
          guidance: linkage.guidance,
        };
        io.out(JSON.stringify({ ...detail, linkageStatus: decided }));
        return 0;
      }
      io.out(`${detail.citizen.fullName}  ${detail.idNumberMasked}  ${detail.ageToday ?? ''}`);
      io.out(`  VNeID: ${say(io, linkage.title)}`);
      for (const line of linkage.guidance) io.out(`   • ${say(io, line)}`);
      for (const row of detail.dossiers) io.out(rowLine(io, row));
      return 0;
    });
  },
};
