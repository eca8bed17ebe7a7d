import { competentUnitsFor } from '../../../../shared/domain/competent-units';
import { procedureByCode } from '../../../../shared/domain/procedures';
import { EXIT } from '../exit-codes';
import { say, type CliIo } from '../io';
import type { CliCore } from '../with-core';

/**
 * `desk intake --procedure X --list-units`: the units that may decide X under the catalogue
 * the core loaded (IT's file or the shipped one), the usual one first, for the officer or IT
 * to pick `--unit` from.
 */
export async function listCompetentUnits(io: CliIo, procedureCode: string, call: CliCore['call']): Promise<number> {
  const procedure = procedureByCode(procedureCode);
  if (!procedure) {
    io.err(say(io, { vi: `Không có thủ tục ${procedureCode} trong danh mục của ứng dụng.`, en: `No procedure ${procedureCode} in the desk's catalogue.` }));
    return EXIT.error;
  }
  const { competentUnits } = await call('app.info', {});
  const units = competentUnitsFor(procedure.code, competentUnits);
  if (io.json) {
    io.out(JSON.stringify({ procedure: { code: procedure.code, name: procedure.name }, units: units.map((u, i) => ({ ...u, usual: i === 0 })) }));
    return units.length > 0 ? EXIT.done : EXIT.error;
  }
  if (units.length === 0) {
    io.err(say(io, {
      vi: `Danh mục đơn vị có thẩm quyền không có đơn vị nào cho thủ tục ${procedure.code} (${procedure.name}): IT bổ sung tệp danh mục.`,
      en: `The competent-unit catalogue has no unit for procedure ${procedure.code} (${procedure.name}): IT adds one to the catalogue file.`,
    }));
    return EXIT.error;
  }
  io.out(say(io, { vi: `Đơn vị có thẩm quyền giải quyết thủ tục ${procedure.code} (${procedure.name}):`, en: `Units competent for procedure ${procedure.code} (${procedure.name}):` }));
  units.forEach((u, i) => io.out(`  ${u.code}  ${u.name}${i === 0 ? say(io, { vi: ' (thường dùng)', en: ' (usual)' }) : ''}`));
  return EXIT.done;
}
