import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { ACTION_KIND_NAMES, actionKindSchema } from '../../../../shared/domain/dossier-status';
import { PRODUCT_NAME } from '../../../../shared/domain/product';
import { logBookColumns } from './columns';
import { generatedLine, rangeLine, title, trailerLines, type LogBookDocument } from './log-book-document';

const OFFSET_MS = 7 * 3_600_000;
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * Excel dates carry no time zone: the cell holds the office wall-clock time
 * (Asia/Ho_Chi_Minh, UTC+7 all year), which exceljs writes from the Date's UTC fields.
 */
export const officeExcelDate = (iso: string): Date => new Date(Date.parse(iso) + OFFSET_MS);

type Book = ExcelJS.stream.xlsx.WorkbookWriter;

/** Rows are committed as they are written: a 10,000-row day streams instead of building a model in memory. */
function addLogSheet(book: Book, doc: LogBookDocument): void {
  const vi = doc.lang === 'vi';
  const columns = logBookColumns(doc.lang);
  const sheet = book.addWorksheet(vi ? 'Sổ theo dõi' : 'Handling log', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header[doc.lang],
    width: c.width,
    style: c.kind === 'datetime' ? { numFmt: DATE_TIME_FORMAT } : {},
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  for (const row of doc.rows) {
    sheet
      .addRow(
        columns.map((c) => {
          const v = c.value(row);
          return c.kind === 'datetime' && typeof v === 'string' ? officeExcelDate(v) : v;
        }),
      )
      .commit();
  }
  sheet.addRow([]).commit();
  for (const line of trailerLines(doc)) sheet.addRow([line]).commit();
  sheet.commit();
}

function addSummarySheet(book: Book, doc: LogBookDocument): void {
  const vi = doc.lang === 'vi';
  const sheet = book.addWorksheet(vi ? 'Tổng hợp' : 'Summary');
  sheet.columns = [{ width: 42 }, { width: 18 }, { width: 14 }];
  sheet.addRow([title(doc.lang)]).font = { bold: true, size: 14 };
  sheet.addRow([rangeLine(doc)]);
  sheet.addRow([generatedLine(doc)]);
  sheet.addRow([vi ? 'Kết nối Cổng dịch vụ công' : 'Portal reachable', doc.portalReachable ? (vi ? 'Có' : 'Yes') : vi ? 'Không' : 'No']);
  sheet.addRow([]);
  sheet.addRow([vi ? 'Thao tác' : 'Action', vi ? 'Số lượng' : 'Count']).font = { bold: true };
  const byKind = new Map<string, number>();
  const byOfficer = new Map<string, number>();
  for (const r of doc.rows) {
    byKind.set(r.action, (byKind.get(r.action) ?? 0) + 1);
    const officer = r.officerName === r.officerId ? r.officerId : `${r.officerName} (${r.officerId})`;
    byOfficer.set(officer, (byOfficer.get(officer) ?? 0) + 1);
  }
  for (const kind of actionKindSchema.options) {
    const n = byKind.get(kind);
    if (n) sheet.addRow([ACTION_KIND_NAMES[kind][doc.lang], n]);
  }
  sheet.addRow([]);
  sheet.addRow([vi ? 'Cán bộ' : 'Officer', vi ? 'Số thao tác' : 'Actions']).font = { bold: true };
  for (const [officer, n] of [...byOfficer.entries()].sort((a, b) => b[1] - a[1])) sheet.addRow([officer, n]);
  sheet.addRow([]);
  for (const line of trailerLines(doc)) sheet.addRow([line]);
  sheet.commit();
}

/** The log book as an Excel workbook: the log sheet first (what a CSV conversion reads), then the summary. */
export async function renderXlsx(doc: LogBookDocument): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  book.creator = PRODUCT_NAME;
  book.created = doc.generatedAt;
  addLogSheet(book, doc);
  addSummarySheet(book, doc);
  await book.commit();
  return Buffer.concat(chunks);
}
