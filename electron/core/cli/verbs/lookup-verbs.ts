import { z } from 'zod';
import { DOSSIER_STATUS_NAMES } from '../../../../shared/domain/dossier-status';
import { formatDisplayDate } from '../../../../shared/domain/office-time';
import { timelinessLabel } from '../../../../shared/domain/timeliness';
import type { DossierRow } from '../../../../shared/contract/lookup';
import { UsageError, validateFlags } from '../args';
import { say, type CliIo } from '../io';
import type { Verb } from '../verb';
import { withCore } from '../with-core';

export const rowLine = (io: CliIo, r: DossierRow): string => {
  const due = r.dueAt ? formatDisplayDate(new Date(r.dueAt)) : '—';
  const timeliness = r.timeliness.kind === 'no_due_date' ? '' : say(io, timelinessLabel(r.timeliness));
  const waiting = r.pendingActions ? ` [${r.pendingActions} ${say(io, { vi: 'chờ gửi', en: 'waiting' })}]` : '';
  return `${r.code.padEnd(28)} ${r.applicantName.padEnd(26)} ${(r.applicantIdMasked ?? '').padEnd(13)} ${say(io, DOSSIER_STATUS_NAMES[r.status]).padEnd(22)} ${due} ${timeliness}${waiting}`;
};

const oneArgument = (positionals: string[], what: string): string => {
  const text = positionals.join(' ').trim();
  if (!text) throw new UsageError(`missing ${what}`);
  return text;
};

export const searchVerb: Verb = {
  name: 'search',
  session: 'required',
  usage: 'desk search "<text>" [--json] [--limit N]',
  summary: { vi: 'Tra cứu hồ sơ: mã, số định danh, QR, điện thoại hoặc họ tên', en: 'Find dossiers by code, ID, QR text, phone or name' },
  flags: { limit: { type: 'string' } },
  run: ({ io, flags, command }) => {
    const { limit } = validateFlags(z.object({ limit: z.coerce.number().int().min(1).max(500).default(20) }), { limit: command.values.limit });
    const text = oneArgument(command.positionals, 'search text');
    return withCore(io, flags, async ({ call }) => {
      const result = await call('lookup.search', { text, filters: {}, limit });
      if (io.json) io.out(JSON.stringify(result));
      else {
        if (result.message) io.err(say(io, result.message));
        if (result.citizen) io.out(`${say(io, { vi: 'Công dân', en: 'Citizen' })}: ${result.citizen.fullName} ${result.citizen.idNumberMasked} (ref ${result.citizen.ref})`);
        for (const row of result.dossiers) io.out(rowLine(io, row));
        io.out(say(io, { vi: `${result.dossiers.length} hồ sơ (${result.recognised})`, en: `${result.dossiers.length} dossiers (${result.recognised})` }));
      }
      return result.message && result.dossiers.length === 0 ? 1 : 0;
    });
  },
};

export const dossierVerb: Verb = {
  name: 'dossier',
  session: 'required',
  usage: 'desk dossier <code> [--json]',
  summary: { vi: 'Xem một hồ sơ từ bộ nhớ đệm', en: 'Show one dossier from the cache' },
  run: ({ io, flags, command }) => {
    const code = oneArgument(command.positionals, 'dossier code');
    return withCore(io, flags, async ({ call }) => {
      const detail = await call('dossier.get', { code });
      if (io.json) io.out(JSON.stringify(detail));
      else {
        const d = detail.dossier;
        io.out(`${d.code}  ${say(io, DOSSIER_STATUS_NAMES[d.status])}  v${d.version}`);
        io.out(`  ${d.procedure.name} (${d.field.name})`);
        io.out(`  ${d.applicant.name} ${detail.applicantIdMasked ?? ''}`);
        for (const h of d.history) io.out(`  ${h.at}  ${h.action.padEnd(20)} ${h.officerId ?? ''}`);
      }
      return 0;
    });
  },
};
