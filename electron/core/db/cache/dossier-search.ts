import type { SearchFilters } from '../../../../shared/contract/lookup';
import { addDays, officeDayStart } from '../../../../shared/domain/office-time';
import type { Db } from '../connection';

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
}

const LIST_COLUMNS = `d.id, d.code, d.applicant_name, d.applicant_id, d.procedure_name, d.field_name, d.status,
  d.received_at, d.due_at, d.returned_at, c.id AS citizen_ref`;
/** The applicant's cached citizen row, if any (a join measured cheaper than a subquery per row). */
const FROM = 'dossier d LEFT JOIN citizen c ON c.id_number = d.applicant_id';
/** Statuses with no pending result for the applicant: never due, never overdue. */
const OPEN = 'd.status NOT IN (3, 7, 8, 10)';
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

/** FTS5 query: every word must appear, in any order; the last may be a prefix. */
export function ftsQuery(tokens: readonly string[]): string {
  return tokens.map((t, i) => `"${t.replaceAll('"', '')}"${i === tokens.length - 1 ? '*' : ''}`).join(' ');
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
      const f = filterSql(filters, today);
      // With filters, look further into the match list so filtered-out rows do not starve the page.
      const window = f.sql ? limit * 40 : limit;
      return all(
        `SELECT ${LIST_COLUMNS} FROM (SELECT rowid FROM dossier_name_fts WHERE dossier_name_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
         JOIN dossier d ON d.id = m.rowid LEFT JOIN citizen c ON c.id_number = d.applicant_id WHERE 1${f.sql} ORDER BY d.id DESC LIMIT ?`,
        [ftsQuery(tokens), window, ...f.params, limit],
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
