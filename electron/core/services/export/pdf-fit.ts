/**
 * Greedy line fitting for table cells. pdfkit's own wrapping re-measures every substring
 * and made a 10,000-row log book take minutes; here words are measured once and text
 * calls draw single, already-fitting lines. Text wraps whole: a cell grows a line rather
 * than losing its end.
 */

/** Where a code may break: after its separators (H15.50.05.13-261127-0001). */
const AFTER_SEPARATOR = /(?<=[.\-/_])/;

/** Characters of `piece` that fit, at least one (a cell narrower than a letter still progresses). */
function charBreak(piece: string, width: number, widthOf: (s: string) => number): string[] {
  const out: string[] = [];
  let rest = piece;
  while (rest && widthOf(rest) > width) {
    let cut = rest.length - 1;
    while (cut > 1 && widthOf(rest.slice(0, cut)) > width) cut -= 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

/** A word wider than the cell: lines broken at its separators; between letters only where a part alone is too wide. */
function breakWord(word: string, width: number, widthOf: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of word.split(AFTER_SEPARATOR)) {
    if (widthOf(line + part) <= width) {
      line += part;
      continue;
    }
    if (line) lines.push(line);
    const pieces = charBreak(part, width, widthOf);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lines of `text` within `width`. Only past `maxLines` (a cell taller than a page) is
 * the last line cut, with "…".
 */
export function fitLines(text: string, width: number, widthOf: (s: string) => number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (widthOf(word) <= width) {
      line = word;
      continue;
    }
    const broken = breakWord(word, width, widthOf);
    line = broken.pop() ?? '';
    lines.push(...broken);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[kept.length - 1] ?? '';
  while (last && widthOf(`${last}…`) > width) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last}…`;
  return kept;
}
