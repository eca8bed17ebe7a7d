/**
 * Greedy line fitting for table cells. pdfkit's own wrapping with `ellipsis` re-measures
 * every shortened substring and made a 10,000-row log book take minutes; here words are
 * measured once and text calls draw single, already-fitting lines.
 */
export function fitLines(text: string, width: number, maxLines: number, widthOf: (s: string) => number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  const hardSplit = (word: string): string => {
    // A word wider than the cell (a dossier code) breaks between characters.
    let rest = word;
    while (rest && widthOf(rest) > width && lines.length < maxLines) {
      let cut = rest.length - 1;
      while (cut > 1 && widthOf(rest.slice(0, cut)) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    return rest;
  };
  for (const word of words) {
    if (lines.length >= maxLines) break;
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = lines.length < maxLines ? hardSplit(word) : '';
  }
  if (line && lines.length < maxLines) {
    lines.push(line);
    line = '';
  }
  const overflow = line !== '' || lines.join(' ').length < text.replace(/\s+/g, ' ').trim().length;
  if (overflow && lines.length > 0) {
    let last = lines[lines.length - 1] ?? '';
    while (last && widthOf(`${last}…`) > width) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last}…`;
  }
  return lines;
}
