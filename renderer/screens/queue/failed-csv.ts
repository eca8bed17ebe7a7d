import type { QueuedAction } from '../../../shared/contract';

/** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export interface CsvLabels {
  readonly header: readonly string[];
  readonly kind: (kind: string) => string;
  readonly state: (state: QueuedAction['state']) => string;
  readonly reason: (action: QueuedAction) => string;
}

/** Conflict and rejected actions as CSV text: UTF-8 BOM (Excel reads Vietnamese), CRLF lines, every field quoted. */
export function failedActionsCsv(actions: readonly QueuedAction[], labels: CsvLabels): string {
  const rows = actions
    .filter((a) => a.state === 'conflict' || a.state === 'rejected')
    .map((a) => [String(a.seq), labels.kind(a.kind), a.dossierCode, a.officerId, a.createdAt, String(a.attempts), labels.state(a.state), labels.reason(a)]);
  return `\uFEFF${[labels.header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers text as a file download (Blob + a temporary link). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
