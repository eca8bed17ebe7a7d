import type { SearchFilters } from '../../../../shared/contract/lookup';
import { addDays, officeDayStart } from '../../../../shared/domain/office-time';
import { SETTLED_STATUSES } from '../../../../shared/domain/dossier-status';
import { isProvisionalCode } from '../../../../shared/domain/provisional-code';
import type { Db } from '../connection';
import { sqlList } from '../sql-list';

/** The columns a results line needs, and nothing else (row objects are the costly part). */
export interface DossierListRow {
  readonly id: number;
  readonly code: string;
  readonly applicant_name: string;
  readonly applicant_id: string | null;
  readonly procedure_name: string;
  readonly field_name: string;
  readonly status: number;
  readonly received_at: string | null;
  readonly due_at: string | null;
  readonly returned_at: string | null;
  readonly citizen_ref: number | null;
  /** From the applicant's cached citizen record, to tell namesakes apart. */
  readonly birth_date: string | null;
  readonly address: string | null;
  /** The cached citizen's linkage facts (JSON), for the VNeID state on the line. */
  readonly linkage: string | null;
}

export const LIST_COLUMNS = `d.id, d.code, d.applicant_name, d.applicant_id, d.procedure_name, d.field_name, d.status,
  d.received_at, d.due_at, d.returned_at, c.id AS citizen_ref, c.birth_date, c.address, c.linkage`;
/** The applicant's cached citizen row, if any (a join measured cheaper than a subquery per row). */
export const FROM = 'dossier d LEFT JOIN citizen c ON c.id_number = d.applicant_id';
/** Statuses with no pending result for the applicant: never due, never overdue. */
const OPEN = `d.status NOT IN ${sqlList(SETTLED_STATUSES)}`;
// Above every character, so `fold < prefix || MAX` bounds a prefix range on the index.
const MAX_CHAR = String.fromCodePoint(0x10ffff);

type Param = string | number;

function filterSql(filters: SearchFilters, today: string): { sql: string; params: Param[] } {
  const parts: string[] = [];
  const params: Param[] = [];
  const add = (sql: string, ...values: Param[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (filters.statuses?.length) add(`d.status IN (${filters.statuses.map(() => '?').join(',')})`, ...filters.statuses);
  if (filters.fieldCode) add('d.field_code = ?', filters.fieldCode);
  if (filters.procedureCode) add('d.procedure_code = ?', filters.procedureCode);
  if (filters.receivedFrom) add('d.received_at >= ?', officeDayStart(filters.receivedFrom).toISOString());
  if (filters.receivedTo) add('d.received_at < ?', officeDayStart(addDays(filters.receivedTo, 1)).toISOString());
  if (filters.dueToday) {
    add(`${OPEN} AND d.due_at >= ? AND d.due_at < ?`, officeDayStart(today).toISOString(), officeDayStart(addDays(today, 1)).toISOString());
  }
  if (filters.overdue) add(`${OPEN} AND d.due_at < ?`, officeDayStart(today).toISOString());
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

const quote = (word: string): string => `"${word.replaceAll('"', '')}"`;
/** Expanding a last word into more real words than this costs more than FTS5's own prefix merge. */
const MAX_EXPANSION = 8;

/**
 * FTS5 query: every word must appear, in any order; the last may be unfinished. When the
 * index's vocabulary says which words it can be (`lastWords`, at most a handful) they are
 * OR-ed as whole words; otherwise (one or two letters, served by the prefix index, or
 * too many candidates) it stays a prefix query.
 */
export function ftsQuery(tokens: readonly string[], lastWords: readonly string[] | null = null): string {
  const last = tokens.length - 1;
  return tokens
    .map((t, i) => {
      if (i < last) return quote(t);
      if (!lastWords || lastWords.length === 0 || lastWords.length > MAX_EXPANSION) return `${quote(t)}*`;
      return lastWords.length === 1 ? quote(lastWords[0] ?? t) : `(${lastWords.map(quote).join(' OR ')})`;
    })
    .join(' AND ');
}

/** The FTS query for a names search, the last word expanded through the index's vocabulary. */
export function createNameMatch(db: Db) {
  const wordsStarting = db.prepare<[string, string, number], string>('SELECT term FROM dossier_name_vocab WHERE term >= ? AND term < ? LIMIT ?').pluck();
  /** Null when no indexed word starts with the last one typed: nothing can match. */
  return (tokens: readonly string[]): string | null => {
    const last = tokens[tokens.length - 1] ?? '';
    if (last.length <= 2) return ftsQuery(tokens);
    const words = wordsStarting.all(last, last + MAX_CHAR, MAX_EXPANSION + 1);
    return words.length === 0 ? null : ftsQuery(tokens, words);
  };
}

/** Read-side queries of the dossier cache, one prepared statement per query shape. */
export function createDossierSearch(db: Db) {
  const statements = new Map<string, ReturnType<typeof db.prepare<Param[], DossierListRow>>>();
  const all = (sql: string, params: Param[]): DossierListRow[] => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<Param[], DossierListRow>(sql);
      statements.set(sql, statement);
    }
    return statement.all(...params);
  };

  const nameMatch = createNameMatch(db);

  return {
    /** Surname-first input: an index range scan on the folded name, exact names first, newest first within a name. */
    byNamePrefix(fold: string, filters: SearchFilters, today: string, limit: number): DossierListRow[] {
      const f = filterSql(filters, today);
      return all(
        `SELECT ${LIST_COLUMNS} FROM ${FROM} WHERE d.applicant_fold >= ? AND d.applicant_fold < ?${f.sql}
         ORDER BY d.applicant_fold, d.received_at DESC LIMIT ?`,
        [fold, fold + MAX_CHAR, ...f.params, limit],
      );
    },
    /** Given-name-only or out-of-order input: FTS over the folded name words, newest rows first. */
    byNameWords(tokens: readonly string[], filters: SearchFilters, today: string, limit: number): DossierListRow[] {
      const match = nameMatch(tokens);
      if (match === null) return [];
      const f = filterSql(filters, today);
      // With filters, look further into the match list so filtered-out rows do not starve the page.
      const window = f.sql ? limit * 40 : limit;
      return all(
        `SELECT ${LIST_COLUMNS} FROM (SELECT rowid FROM dossier_name_fts WHERE dossier_name_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
         JOIN dossier d ON d.id = m.rowid LEFT JOIN citizen c ON c.id_number = d.applicant_id WHERE 1${f.sql} ORDER BY d.id DESC LIMIT ?`,
        [match, window, ...f.params, limit],
      );
    },
    byApplicantId(idNumber: string, filters: SearchFilters, today: string, limit: number): DossierListRow[] {
      const f = filterSql(filters, today);
      return all(
        `SELECT ${LIST_COLUMNS} FROM ${FROM} WHERE d.applicant_id = ?${f.sql} ORDER BY d.received_at DESC LIMIT ?`,
        [idNumber, ...f.params, limit],
      );
    },
    byPhone(phone: string, filters: SearchFilters, today: string, limit: number): DossierListRow[] {
      const f = filterSql(filters, today);
      return all(
        `SELECT ${LIST_COLUMNS} FROM ${FROM} WHERE d.applicant_phone = ?${f.sql} ORDER BY d.received_at DESC LIMIT ?`,
        [phone, ...f.params, limit],
      );
    },
    /** Exact code; a provisional TMP number printed on an offline receipt finds its official dossier. */
    byCode(code: string): DossierListRow[] {
      // Only a provisional number can have an alias: an official code skips the second lookup.
      if (!isProvisionalCode(code)) return all(`SELECT ${LIST_COLUMNS} FROM ${FROM} WHERE d.code = ?`, [code]);
      return all(
        `SELECT ${LIST_COLUMNS} FROM ${FROM} WHERE d.code = ? OR d.code = (SELECT official FROM code_alias WHERE provisional = ?)`,
        [code, code],
      );
    },
    /** No text, only filters: overdue and due-today lists come in due order, others newest first. */
    browse(filters: SearchFilters, today: string, limit: number): DossierListRow[] {
      const f = filterSql(filters, today);
      const order = filters.overdue || filters.dueToday ? 'd.due_at ASC' : 'd.received_at DESC';
      return all(`SELECT ${LIST_COLUMNS} FROM ${FROM} WHERE 1${f.sql} ORDER BY ${order} LIMIT ?`, [...f.params, limit]);
    },
  };
}
export type DossierSearch = ReturnType<typeof createDossierSearch>;
