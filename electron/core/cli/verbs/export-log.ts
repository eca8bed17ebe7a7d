import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DeskFailure, fail, ok, type Result } from '../../../../shared/contract/errors';
import { localizedTextSchema } from '../../../../shared/validation';
import { exportFormatSchema, exportRequestSchema, exportResultSchema, type ExportRequest } from '../../../../shared/contract/supervisor';
import { UsageError, validateFlags, type CommonFlags } from '../args';
import { composeCliCore } from '../compose-cli-core';
import { say } from '../io';
import type { Verb } from '../verb';
import { printConfigIssues } from './config-issues';

const flagsSchema = z.object({
  date: z.iso.date(),
  to: z.iso.date().optional(),
  format: exportFormatSchema,
  out: z.string().min(1),
});

/** How the verb reaches the export service (a test passes its own). */
export interface Exporter {
  /** Writes the export to `out` (never over an existing file or through a link). */
  run(request: ExportRequest, out: string): Promise<Result<unknown>>;
  close(): Promise<void>;
}
export type OpenExporter = (flags: CommonFlags) => { ok: true; exporter: Exporter } | { ok: false; configPath: string; issues: Parameters<typeof printConfigIssues>[2] };

/**
 * The command line has no sign-in: like `audit verify`, it is a tool for whoever operates
 * this PC's data folder (and its key). It exports from the local database only (the portal
 * is not contacted, so the file says other counters may be missing), writes only to --out
 * (never into the data folder, never over a file or through a link) and is audited under
 * `cli:<OS user>`.
 */
const openCoreExporter: OpenExporter = (flags) => {
  const composed = composeCliCore(flags);
  if (composed.state === 'config-invalid') return { ok: false, configPath: composed.core.status.configPath, issues: composed.core.status.issues };
  // The core's own export service: never started, so the handling log has no portal source.
  const { core, modules } = composed;
  const operator = `cli:${userInfo().username}`;
  return {
    ok: true,
    exporter: {
      run: async (request, out) => {
        try {
          return ok(await modules.exportService.exportHandlingLog(request, { officerId: operator, displayName: operator, roles: ['supervisor'] }, { path: out, replaceConfirmed: false }));
        } catch (error) {
          if (error instanceof DeskFailure) return fail(error.code, error.message, error.details);
          throw error;
        }
      },
      close: () => core.close(),
    },
  };
};

export function makeExportLogVerb(open: OpenExporter = openCoreExporter): Verb {
  return {
    name: 'export-log',
    usage: 'desk export-log --date YYYY-MM-DD [--to YYYY-MM-DD] --format xlsx|csv|pdf --out FILE [--json]',
    summary: { vi: 'Xuất sổ theo dõi hồ sơ (giám sát)', en: 'Export the handling log book (supervisor)' },
    flags: { date: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    async run({ io, flags, command }) {
      const f = validateFlags(flagsSchema, command.values);
      const request = exportRequestSchema.safeParse({ from: f.date, to: f.to ?? f.date, format: f.format });
      if (!request.success) throw new UsageError(`--to: ${request.error.issues[0]?.message ?? 'invalid range'}`);
      const opened = open(flags);
      if (!opened.ok) {
        printConfigIssues(io, opened.configPath, opened.issues);
        return 1;
      }
      try {
        const out = resolve(f.out);
        const answer = await opened.exporter.run(request.data, out);
        if (!answer.ok) {
          if (io.json) io.out(JSON.stringify({ ok: false, error: answer.error }));
          else {
            const reason = localizedTextSchema.safeParse((answer.error.details as { message?: unknown } | undefined)?.message);
            io.err(reason.success ? say(io, reason.data) : answer.error.message);
          }
          return 1;
        }
        const result = exportResultSchema.parse(answer.value);
        if (io.json) io.out(JSON.stringify({ ok: true, out, ...result }));
        else {
          io.out(say(io, { vi: `Đã xuất ${result.rows} dòng vào ${out}`, en: `Exported ${result.rows} rows to ${out}` }));
          if (!result.portalReachable) {
            io.err(say(io, {
              vi: 'Không kết nối được Cổng: thao tác của các quầy khác có thể bị thiếu.',
              en: "The portal could not be reached: other counters' actions may be missing.",
            }));
          }
        }
        return 0;
      } finally {
        await opened.exporter.close();
      }
    },
  };
}

export const exportLogVerb = makeExportLogVerb();
