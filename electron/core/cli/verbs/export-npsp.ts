import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { createNpspDayRows } from '../../db/export/npsp-day-rows';
import { npspExportSchema } from '../../services/export/npsp/npsp-item';
import { npspItemsForDays } from '../../services/export/npsp/select-day';
import { UsageError, validateFlags } from '../args';
import { composeCliCore } from '../compose-cli-core';
import { say } from '../io';
import type { Verb } from '../verb';
import { printConfigIssues } from './config-issues';
import { isReversed } from '../../../../shared/domain/office-range';

const flagsSchema = z.object({ date: z.iso.date(), to: z.iso.date().optional(), out: z.string().min(1) });

/** From the local cache only: what the national portal should have received for those days. */
export const exportNpspVerb: Verb = {
  name: 'export-npsp',
  usage: 'desk export-npsp --date YYYY-MM-DD [--to YYYY-MM-DD] --out FILE [--json]',
  summary: { vi: 'Xuất hồ sơ theo mẫu DongBoHoSoMC (Cổng DVC quốc gia) để đối soát', en: 'Export dossiers as DongBoHoSoMC items (national portal) for reconciliation' },
  flags: { date: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
  async run({ io, flags, command }) {
    const f = validateFlags(flagsSchema, command.values);
    const to = f.to ?? f.date;
    if (isReversed({ from: f.date, to })) throw new UsageError('--to: must not be before --date');
    const composed = composeCliCore(flags);
    try {
      if (composed.state === 'config-invalid') {
        printConfigIssues(io, composed.core.status.configPath, composed.core.status.issues);
        return 1;
      }
      const document = npspExportSchema.parse({ service: 'DongBoHoSoMC', isUpdating: false, data: npspItemsForDays(createNpspDayRows(composed.database.db), f.date, to) });
      const out = resolve(f.out);
      writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
      if (io.json) io.out(JSON.stringify({ ok: true, out, items: document.data.length }));
      else io.out(say(io, { vi: `Đã xuất ${document.data.length} hồ sơ vào ${out}`, en: `Exported ${document.data.length} dossiers to ${out}` }));
      return 0;
    } finally {
      await composed.core.close();
    }
  },
};
