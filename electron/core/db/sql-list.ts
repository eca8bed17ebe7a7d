/** `('a', 'b')` or `(3, 7)` from a declared list, for IN clauses over fixed vocabularies (never user input). */
export const sqlList = (values: readonly (string | number)[]): string =>
  `(${values.map((v) => (typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`)).join(', ')})`;
