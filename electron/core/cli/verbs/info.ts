import { createCore } from '../../core';
import { packageVersion } from '../package-version';
import { say } from '../io';
import type { Verb } from '../verb';
import { printConfigIssues } from './config-issues';

export const infoVerb: Verb = {
  name: 'info',
  usage: 'desk info [--json] [--data-dir DIR] [--config FILE]',
  summary: { vi: 'Phiên bản, chế độ, thư mục dữ liệu, cổng dịch vụ', en: 'Version, mode, data folder, portal' },
  async run({ io, flags }) {
    const core = createCore({ dataRoot: flags['data-dir'], configPath: flags.config, version: packageVersion() });
    try {
      if (core.state === 'config-invalid') {
        printConfigIssues(io, core.status.configPath, core.status.issues);
        return 1;
      }
      const result = await core.dispatch('app.info', {}, { trusted: true });
      if (!result.ok) {
        io.err(result.error.message);
        return 1;
      }
      // The CLI runs as the OS account that owns the data folder: it may always say where it is.
      const info = { ...(result.value as Record<string, unknown>), dataDir: core.dataDir };
      if (io.json) io.out(JSON.stringify(info));
      else {
        io.out(say(io, { vi: 'OneStop Desk — thông tin', en: 'OneStop Desk — information' }));
        for (const [key, value] of Object.entries(info)) io.out(`  ${key.padEnd(16)} ${String(value)}`);
      }
      return 0;
    } finally {
      await core.close();
    }
  },
};
