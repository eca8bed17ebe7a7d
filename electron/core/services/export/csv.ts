import { logBookColumns } from './columns';
import { displayInstant, generatedLine, rangeLine, title, trailerLines, type LogBookDocument } from './log-book-document';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A spreadsheet would run a cell starting with = + - @ (or a tab/CR that hides one) as a
 * formula; a leading apostrophe makes it plain text (OWASP CSV injection guidance).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const record = (fields: readonly string[]): string => fields.map(csvField).join(',');

/** The log book as CSV: UTF-8 with BOM (so Excel reads Vietnamese), CRLF line ends, trailer lines padded to the column count. */
export function renderCsv(doc: LogBookDocument): Buffer {
  const columns = logBookColumns(doc.lang);
  const pad = (first: string): string[] => [first, ...Array<string>(columns.length - 1).fill('')];
  const lines: string[] = [record(columns.map((c) => c.header[doc.lang]))];
  for (const row of doc.rows) {
    lines.push(
      record(
        columns.map((c) => {
          const v = c.value(row);
          if (v === null) return '';
          return c.kind === 'datetime' ? displayInstant(String(v)) : String(v);
        }),
      ),
    );
  }
  lines.push(record(pad('')));
  for (const line of [`${title(doc.lang)} — ${rangeLine(doc)}`, generatedLine(doc), ...trailerLines(doc)]) lines.push(record(pad(line)));
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8');
}
