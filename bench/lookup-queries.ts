import type { Db } from '../electron/core/db/connection';
import { createNameMatch } from '../electron/core/db/cache/dossier-search';
import { nameReorderings } from '../shared/domain/name-reorderings';
import { foldForSearch, searchTokens } from '../shared/domain/text-fold';
import { pick, seededRandom } from './lib/rng';

export interface QueryTexts {
  readonly codes: string[];
  readonly idNumbers: string[];
  /** Surname first, last word cut to a prefix; half typed with diacritics, half without. */
  readonly namePrefixes: string[];
  /** The given name alone, or the name's words out of order. */
  readonly nameWords: string[];
}

/** Query texts sampled deterministically (seeded) from the cached rows themselves. */
export function sampleQueries(db: Db, n: number, seed = 20260615): QueryTexts {
  const random = seededRandom(seed);
  const maxDossier = (db.prepare('SELECT max(id) AS m FROM dossier').get() as { m: number }).m;
  const maxCitizen = (db.prepare('SELECT max(id) AS m FROM citizen').get() as { m: number }).m;
  const dossierAt = db.prepare<[number], { code: string; applicant_name: string }>('SELECT code, applicant_name FROM dossier WHERE id >= ? ORDER BY id LIMIT 1');
  const citizenAt = db.prepare<[number], { id_number: string }>('SELECT id_number FROM citizen WHERE id >= ? ORDER BY id LIMIT 1');
  const out: QueryTexts = { codes: [], idNumbers: [], namePrefixes: [], nameWords: [] };
  for (let i = 0; i < n; i++) {
    const d = dossierAt.get(1 + pick(random, maxDossier));
    const c = citizenAt.get(1 + pick(random, maxCitizen));
    if (!d || !c) throw new Error('the cache is empty');
    out.codes.push(d.code);
    out.idNumbers.push(c.id_number);
    const words = d.applicant_name.split(' ');
    const typed = i % 2 === 0 ? words : foldForSearch(d.applicant_name).split(' ');
    const last = typed[typed.length - 1] ?? '';
    out.namePrefixes.push([...typed.slice(0, -1), last.slice(0, 1 + pick(random, Math.max(1, last.length)))].join(' '));
    const given = words[words.length - 1] ?? '';
    // Given name alone, or "given surname" / "middle given surname" order.
    out.nameWords.push(i % 2 === 0 || words.length < 2 ? given : [...words.slice(1), words[0] ?? ''].join(' '));
  }
  return out;
}

type Row = Record<string, unknown>;

const COLUMNS = 'd.id, d.code, d.applicant_name, d.applicant_id, d.procedure_name, d.field_name, d.status, d.received_at, d.due_at, d.returned_at';
/** What a results line shows of the applicant's cached record: the ref, birth year, commune and VNeID state. */
const APPLICANT_JOINED = 'c.id AS citizen_ref, c.birth_date, c.address, c.linkage';
const APPLICANT_SUBQUERIES = ['id AS citizen_ref', 'birth_date', 'address', 'linkage'].map((col) => `(SELECT c.${col.split(' ')[0] ?? col} FROM citizen c WHERE c.id_number = d.applicant_id) AS ${col.split(' ').pop() ?? col}`).join(', ');
const JOINED = 'dossier d LEFT JOIN citizen c ON c.id_number = d.applicant_id';
const MAX_CHAR = String.fromCodePoint(0x10ffff);

/**
 * The same questions in raw SQL, returning the same columns (no recognition, no mapping,
 * no freshness, no outbox overlay): the floor the core's figures are compared with.
 */
export function rawQueries(db: Db) {
  const byCode = db.prepare<[string], Row>(`SELECT ${COLUMNS}, ${APPLICANT_JOINED} FROM ${JOINED} WHERE d.code = ?`);
  const citizenById = db.prepare<[string], Row>('SELECT id, body FROM citizen WHERE id_number = ?');
  const dossiersOf = db.prepare<[string], Row>(`SELECT ${COLUMNS}, ${APPLICANT_JOINED} FROM ${JOINED} WHERE d.applicant_id = ? ORDER BY d.received_at DESC LIMIT 50`);
  const prefixSubquery = db.prepare<[string, string], Row>(
    `SELECT ${COLUMNS}, ${APPLICANT_SUBQUERIES} FROM dossier d
     WHERE d.applicant_fold >= ? AND d.applicant_fold < ? ORDER BY d.applicant_fold, d.received_at DESC LIMIT 50`,
  );
  const prefixJoin = db.prepare<[string, string], Row>(
    `SELECT ${COLUMNS}, ${APPLICANT_JOINED} FROM ${JOINED}
     WHERE d.applicant_fold >= ? AND d.applicant_fold < ? ORDER BY d.applicant_fold, d.received_at DESC LIMIT 50`,
  );
  const words = db.prepare<[string], Row>(
    `SELECT ${COLUMNS}, ${APPLICANT_JOINED}
     FROM (SELECT rowid FROM dossier_name_fts WHERE dossier_name_fts MATCH ? ORDER BY rowid DESC LIMIT 50) m
     JOIN dossier d ON d.id = m.rowid LEFT JOIN citizen c ON c.id_number = d.applicant_id ORDER BY d.id DESC LIMIT 50`,
  );
  const nameMatch = createNameMatch(db);
  const wordsOf = (text: string): Row[] => {
    const match = nameMatch(searchTokens(text));
    return match === null ? [] : words.all(match);
  };
  const range = (text: string): [string, string] => {
    const fold = searchTokens(text).join(' ');
    return [fold, fold + MAX_CHAR];
  };
  /** The core's rule: the range; for a name of several words that found nothing, its other orders; the word index for a single word or when both found nothing. */
  const sameAnswer = (text: string, first: Row[], byRange: (from: string, to: string) => Row[]): Row[] => {
    const tokens = searchTokens(text);
    if (first.length >= 50 || (tokens.length > 1 && first.length > 0)) return first;
    if (first.length === 0) {
      const reordered = nameReorderings(tokens).flatMap((other) => byRange(other, other + MAX_CHAR)).slice(0, 50);
      if (reordered.length > 0) return reordered;
    }
    return [...first, ...wordsOf(text)].slice(0, 50);
  };
  return {
    code: (code: string) => byCode.all(code),
    idNumber: (id: string) => [citizenById.get(id), dossiersOf.all(id)],
    prefixSubquery: (text: string) => prefixSubquery.all(...range(text)),
    prefixLeftJoin: (text: string) => prefixJoin.all(...range(text)),
    /** What the core answers for any name: the prefix range, then the word index when one word was typed or the range found nothing. */
    nameWords: (text: string) => sameAnswer(text, prefixSubquery.all(...range(text)), (from, to) => prefixSubquery.all(from, to)),
    nameWordsLeftJoin: (text: string) => sameAnswer(text, prefixJoin.all(...range(text)), (from, to) => prefixJoin.all(from, to)),
  };
}
