import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { PRODUCT_NAME } from '../../../../shared/domain/product';
import { maskTail } from '../../../../shared/privacy';
import { fitLines } from './pdf-fit';
import { logBookColumns, type LogBookColumn } from './columns';
import { displayInstant, generatedLine, rangeLine, title, trailerLines, type LogBookDocument } from './log-book-document';
import type { LogBookRow } from './log-book-rows';

/** resources/fonts in the repository; the packaged app passes its own resources path. */
export const defaultFontDir = (): string => fileURLToPath(new URL('../../../../resources/fonts/', import.meta.url));

const MARGIN = 28;
const FONT_SIZE = 6.5;
/** Height of a one-line row; a row grows by LINE_HEIGHT per extra line its fullest cell needs. */
const ROW_PADDING = 5;
/** The header row's least height; it grows when a heading needs more lines. */
const HEADER_HEIGHT = 27;
const FOOTER_SPACE = 16;
const LINE_HEIGHT = 8.2;

/** Relative widths on the landscape page; the long texts get the room. */
const WEIGHTS: Record<string, number> = {
  no: 2.2, code: 9.8, procedure: 8, sets: 2, applicant: 6.5, address: 8.6, unit: 5, received: 4.6, due: 4.6,
  forwarded: 4.6, back: 4.6, returned: 4.6, officer: 5.6, notes: 5.6, action: 5, time: 4.6, sync: 5.4,
};

/**
 * Prints are read by people who do not need to call the applicant: the phone keeps only
 * its last 3 digits (Decree 13/2023/ND-CP). XLSX/CSV keep it for the callback work.
 */
const printedValue = (column: LogBookColumn, row: LogBookRow): string => {
  if (column.key === 'address') return [row.phone ? `ĐT ${maskTail(row.phone, 3)}` : null, row.address].filter(Boolean).join('; ');
  const v = column.value(row);
  if (v === null) return '';
  return column.kind === 'datetime' ? displayInstant(String(v)) : String(v);
};

/** The log book as a landscape A4 print: title, range, table, trailer, signature block, "Trang x/y". */
export function renderPdf(doc: LogBookDocument, fontDir: string = defaultFontDir()): Promise<Buffer> {
  const vi = doc.lang === 'vi';
  const pdf = new PDFDocument({
    size: 'A4', layout: 'landscape', margin: MARGIN,
    info: { Title: `${title(doc.lang)} ${rangeLine(doc)}`, Creator: PRODUCT_NAME },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('body', join(fontDir, 'NotoSans-Regular.ttf'));
  pdf.registerFont('bold', join(fontDir, 'NotoSans-Bold.ttf'));

  const columns = logBookColumns(doc.lang);
  const usable = pdf.page.width - 2 * MARGIN;
  const totalWeight = columns.reduce((s, c) => s + (WEIGHTS[c.key] ?? 4), 0);
  const widths = columns.map((c) => ((WEIGHTS[c.key] ?? 4) / totalWeight) * usable);
  const bottom = (): number => pdf.page.height - MARGIN - FOOTER_SPACE;

  const widthCache = new Map<string, number>();
  const widthOf = (font: string) => (s: string): number => {
    const key = `${font}\u0000${s}`;
    let w = widthCache.get(key);
    if (w === undefined) {
      w = pdf.widthOfString(s);
      widthCache.set(key, w);
    }
    return w;
  };
  // Every cell wraps whole (long names, codes at their separators); no row is taller than a page.
  const maxLines = Math.floor((pdf.page.height - 2 * MARGIN - FOOTER_SPACE - HEADER_HEIGHT - ROW_PADDING) / LINE_HEIGHT);
  const layoutCells = (values: readonly string[], font: 'body' | 'bold'): string[][] => {
    pdf.font(font).fontSize(FONT_SIZE);
    return values.map((value, i) => (value ? fitLines(value, (widths[i] ?? 0) - 3, widthOf(font), maxLines) : []));
  };
  const heightOf = (cells: readonly string[][]): number => ROW_PADDING + LINE_HEIGHT * Math.max(1, ...cells.map((c) => c.length));
  const drawCells = (cells: readonly string[][], y: number, height: number, font: 'body' | 'bold'): void => {
    pdf.font(font).fontSize(FONT_SIZE);
    let x = MARGIN;
    cells.forEach((lines, i) => {
      lines.forEach((line, n) => {
        pdf.text(line, x + 1.5, y + 2 + n * LINE_HEIGHT, { lineBreak: false });
      });
      x += widths[i] ?? 0;
    });
    pdf.moveTo(MARGIN, y + height).lineTo(MARGIN + usable, y + height).lineWidth(0.3).strokeColor('#999999').stroke();
  };
  const headerCells = layoutCells(columns.map((c) => c.header[doc.lang]), 'bold');
  const headerHeight = Math.max(HEADER_HEIGHT, heightOf(headerCells));
  const tableHeader = (y: number): number => {
    pdf.rect(MARGIN, y, usable, headerHeight).fillColor('#e8e8e8').fill().fillColor('black');
    drawCells(headerCells, y, headerHeight, 'bold');
    return y + headerHeight;
  };

  const trailer = trailerLines(doc);
  const trailerHeight = 8 + 12 * trailer.length + 14 + 40;
  pdf.font('bold').fontSize(13).text(title(doc.lang), MARGIN, MARGIN, { width: usable, align: 'center' });
  pdf.font('body').fontSize(9).text(rangeLine(doc), { width: usable, align: 'center' });
  pdf.fontSize(7.5).text(generatedLine(doc), { width: usable, align: 'center' });
  const firstTop = pdf.y + 6;

  // Rows are laid out first, so the page count is known before drawing: each page is
  // numbered as it is made (a 10,000-row day is ~450 pages).
  const rows = doc.rows.map((row) => {
    const cells = layoutCells(columns.map((c) => printedValue(c, row)), 'body');
    return { cells, height: heightOf(cells) };
  });
  let pages = 1;
  let simulated = firstTop + headerHeight;
  for (const row of rows) {
    if (simulated + row.height > bottom()) {
      pages += 1;
      simulated = MARGIN + headerHeight;
    }
    simulated += row.height;
  }
  if (simulated + trailerHeight > bottom()) pages += 1;
  let page = 1;
  const numberPage = (): void => {
    // Writing below the bottom margin would open a new page: lift the margin while numbering.
    pdf.page.margins.bottom = 0;
    const label = vi ? `Trang ${page}/${pages}` : `Page ${page}/${pages}`;
    pdf.font('body').fontSize(7.5).fillColor('black').text(label, MARGIN, pdf.page.height - MARGIN - 9, { width: usable, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = MARGIN;
  };
  const nextPage = (): void => {
    pdf.addPage();
    page += 1;
    numberPage();
  };

  numberPage();
  let y = tableHeader(firstTop);
  for (const row of rows) {
    if (y + row.height > bottom()) {
      nextPage();
      y = tableHeader(MARGIN);
    }
    drawCells(row.cells, y, row.height, 'body');
    y += row.height;
  }

  if (y + trailerHeight > bottom()) {
    nextPage();
    y = MARGIN;
  }
  pdf.font('body').fontSize(7.5).fillColor('black');
  y += 8;
  for (const line of trailer) {
    pdf.text(line, MARGIN, y, { width: usable });
    y = pdf.y + 2;
  }
  y += 14;
  const half = usable / 2;
  const signer = (x: number, role: string): void => {
    pdf.font('bold').fontSize(9).text(role, x, y, { width: half, align: 'center' });
    pdf.font('body').fontSize(8).text(vi ? '(Ký, ghi rõ họ tên)' : '(Signature and full name)', x, y + 13, { width: half, align: 'center' });
  };
  signer(MARGIN, vi ? 'Người lập biểu' : 'Prepared by');
  signer(MARGIN + half, vi ? 'Lãnh đạo bộ phận' : 'Head of unit');
  pdf.end();
  return done;
}
