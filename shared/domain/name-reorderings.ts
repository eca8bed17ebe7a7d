/** Up to four words are reordered (24 orders); a longer input is left to the word index. */
export const MAX_REORDERED_WORDS = 4;

/**
 * The other orders of a typed name's words, each as a surname-first search text: a name
 * typed given-name first ("Hồng Giang Nguyễn", as on many foreign documents) is found as
 * the surname-first name it is ("nguyen hong giang") by the folded-name index. The typed
 * order itself is not included (that search has already run); duplicates are dropped.
 */
export function nameReorderings(tokens: readonly string[]): string[] {
  if (tokens.length < 2 || tokens.length > MAX_REORDERED_WORDS) return [];
  const typed = tokens.join(' ');
  const out = new Set<string>();
  const permute = (rest: readonly string[], chosen: readonly string[]) => {
    if (rest.length === 0) {
      const text = chosen.join(' ');
      if (text !== typed) out.add(text);
      return;
    }
    rest.forEach((word, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...chosen, word]));
  };
  // The last typed word first: a given name typed first is most often the whole rest of the name.
  permute([...tokens.slice(-1), ...tokens.slice(0, -1)], []);
  return [...out];
}
