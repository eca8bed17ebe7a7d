import { existsSync } from 'node:fs';
import { loadMachineConfig } from '../../config/load';
import { machineConfigPath } from '../../config/paths';
import { say } from '../io';
import type { Verb } from '../verb';
import { printConfigIssues } from './config-issues';

export const configCheckVerb: Verb = {
  name: 'config check',
  usage: 'desk config check [FILE] [--json]',
  summary: { vi: 'Kiểm tra tệp cấu hình máy (cho IT)', en: 'Check a machine configuration file (for IT)' },
  run({ io, flags, command }) {
    const explicit = command.positionals[0] ?? flags.config;
    const path = explicit ?? machineConfigPath();
    if (explicit && !existsSync(path)) {
      printConfigIssues(io, path, [{ key: '(file)', message: { vi: 'không tìm thấy tệp', en: 'file not found' } }]);
      return Promise.resolve(1);
    }
    const loaded = loadMachineConfig(path);
    if (!loaded.ok) {
      printConfigIssues(io, path, loaded.issues);
      return Promise.resolve(1);
    }
    const { onlineOnly, competentUnits } = loaded;
    const online = onlineOnly.catalogue.procedures.filter((p) => p.onlineOnly).length;
    const units = competentUnits.catalogue.units.length;
    if (io.json) {
      const catalogue = { source: onlineOnly.source, path: onlineOnly.path, onlineOnlyProcedures: online };
      const competent = { source: competentUnits.source, path: competentUnits.path, units };
      io.out(JSON.stringify({ valid: true, path, source: loaded.source, config: loaded.config, onlineOnly: catalogue, competentUnits: competent }));
    } else {
      io.out(
        loaded.source === 'defaults'
          ? say(io, { vi: `Không có tệp ${path}: dùng mặc định (chế độ tập huấn).`, en: `No file at ${path}: defaults apply (training mode).` })
          : say(io, { vi: `Cấu hình hợp lệ: ${path}`, en: `Configuration is valid: ${path}` }),
      );
      io.out(
        onlineOnly.path === null
          ? say(io, { vi: `Danh mục thủ tục chỉ nộp trực tuyến: danh mục kèm theo ứng dụng (${online} thủ tục).`, en: `Online-only procedures: the list shipped with the app (${online} procedures).` })
          : say(io, { vi: `Danh mục thủ tục chỉ nộp trực tuyến hợp lệ: ${onlineOnly.path} (${online} thủ tục).`, en: `Online-only procedures list is valid: ${onlineOnly.path} (${online} procedures).` }),
      );
      io.out(
        competentUnits.path === null
          ? say(io, { vi: `Danh mục đơn vị có thẩm quyền: danh mục kèm theo ứng dụng (${units} đơn vị).`, en: `Competent units: the catalogue shipped with the app (${units} units).` })
          : say(io, { vi: `Danh mục đơn vị có thẩm quyền hợp lệ: ${competentUnits.path} (${units} đơn vị).`, en: `Competent units catalogue is valid: ${competentUnits.path} (${units} units).` }),
      );
    }
    return Promise.resolve(0);
  },
};
