import { basename } from 'node:path';
import type { Language } from '../../../../shared/contract/app';
import { DeskFailure } from '../../../../shared/contract/errors';
import type { Session } from '../../../../shared/contract/roles';
import type { ExportFormat, ExportRequest, ExportResult } from '../../../../shared/contract/supervisor';
import { formatWireDateTime } from '../../../../shared/domain/office-time';
import type { AuditLog } from '../../audit/audit-log';
import type { Db } from '../../db/connection';
import type { SupervisorService } from '../supervisor/supervisor-service';
import type { AuditChainVerifier } from './audit-verify';
import { renderCsv } from './csv';
import { portalNoticeOf, unsyncedCount, type LogBookDocument } from './log-book-document';
import { logBookRows } from './log-book-rows';
import { writeExportFile, type ExportDestination } from './write-export-file';

export interface ExportServiceDeps {
  readonly db: Db;
  readonly supervisor: SupervisorService;
  readonly audit: AuditLog;
  readonly verifyAuditChain: AuditChainVerifier;
  readonly now: () => Date;
  /** The data folder: exports are never written inside it. */
  readonly dataDir: string;
  /** The unit's agency code, printed in the title lines. */
  readonly unit: string | null;
  readonly lang?: Language;
  /** Folder holding NotoSans-Regular.ttf and NotoSans-Bold.ttf (resources/fonts). */
  readonly fontDir?: string;
}

/**
 * The XLSX and PDF writers load on first use: together they hold about 50 MB of the
 * core's memory, for a supervisor's export at the end of the day.
 */
const render = async (doc: LogBookDocument, format: ExportFormat, fontDir: string | undefined): Promise<Buffer> => {
  if (format === 'csv') return renderCsv(doc);
  if (format === 'xlsx') return (await import('./xlsx')).renderXlsx(doc);
  return (await import('./pdf')).renderPdf(doc, fontDir);
};

/** so-theo-doi-ho-so_2026-11-27_2026-11-27_20261127100000.xlsx */
export const exportFileName = (request: ExportRequest, at: Date): string =>
  `so-theo-doi-ho-so_${request.from}_${request.to}_${formatWireDateTime(at)}.${request.format}`;

/**
 * Exports the handling log book. The file ends with the audit chain head as it stood
 * before this export, and the export itself is then audited (format, range, counts:
 * no personal data in the detail).
 */
export function createExportService(deps: ExportServiceDeps) {
  return {
    async buildDocument(request: ExportRequest): Promise<LogBookDocument> {
      const range = { from: request.from, to: request.to };
      const actions = await deps.supervisor.actions(range);
      const dossiers = deps.supervisor.facts.dossiers(actions.entries.map((e) => e.dossierCode));
      const verdict = await deps.verifyAuditChain(deps.db);
      return {
        lang: deps.lang ?? 'vi',
        range,
        generatedAt: deps.now(),
        unit: deps.unit,
        portalReachable: actions.portalReachable,
        portalNotice: portalNoticeOf(actions),
        rows: logBookRows(actions.entries, dossiers),
        audit: { ...verdict, head: deps.audit.head() },
      };
    },

    /** Writes to `destination` (the supervisor's choice: save dialog or --out); see writeExportFile. */
    async exportHandlingLog(request: ExportRequest, session: Session | null, destination: ExportDestination): Promise<ExportResult> {
      if (!session) throw new DeskFailure('UNAUTHENTICATED', 'Sign in first.');
      const doc = await this.buildDocument(request);
      const bytes = await render(doc, request.format, deps.fontDir);
      const path = writeExportFile(destination, bytes, deps.dataDir);
      const fileName = basename(path);
      const unsyncedRows = unsyncedCount(doc);
      deps.audit.append({
        officerId: session.officerId,
        action: 'export',
        subject: null,
        detail: { what: 'handling_log', format: request.format, from: request.from, to: request.to, rows: doc.rows.length, unsyncedRows, portalReachable: doc.portalReachable },
      });
      return { fileName, path, format: request.format, bytes: bytes.length, rows: doc.rows.length, unsyncedRows, portalReachable: doc.portalReachable, portalNotice: doc.portalNotice, audit: doc.audit };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
