import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { BUILT_IN_ONLINE_ONLY, onlineOnlyCatalogueSchema, type OnlineOnlyCatalogue } from '../../../shared/domain/online-only';
import { parseWithIssues, type FieldIssue } from '../../../shared/validation';
import { parseJsonc } from './jsonc';

export interface OnlineOnlyLoaded {
  readonly ok: true;
  readonly catalogue: OnlineOnlyCatalogue;
  readonly source: 'built-in' | 'file';
  readonly path: string | null;
}
export type OnlineOnlyLoad = OnlineOnlyLoaded | { ok: false; issues: FieldIssue[] };

export const SHIPPED_ONLINE_ONLY: OnlineOnlyLoaded = { ok: true, catalogue: BUILT_IN_ONLINE_ONLY, source: 'built-in', path: null };

const KEY = 'onlineOnly.cataloguePath';

/**
 * The online-only list the machine config names (relative to the config file's folder), or
 * the shipped one. A named file that is missing or wrong is an error, never a silent
 * fallback: the counter would take paper dossiers it must refuse.
 */
export function loadOnlineOnlyCatalogue(cataloguePath: string | undefined, configPath: string): OnlineOnlyLoad {
  if (cataloguePath === undefined) return SHIPPED_ONLINE_ONLY;
  const path = isAbsolute(cataloguePath) ? cataloguePath : resolve(dirname(configPath), cataloguePath);
  const issue = (vi: string, en: string): OnlineOnlyLoad => ({ ok: false, issues: [{ key: KEY, message: { vi: `${path}: ${vi}`, en: `${path}: ${en}` } }] });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return missing ? issue('không tìm thấy tệp', 'file not found') : issue(`không đọc được tệp: ${(error as Error).message}`, `cannot read the file: ${(error as Error).message}`);
  }
  const json = parseJsonc(text.replace(/^\uFEFF/, ''));
  if (!json.ok) {
    return issue(
      `không phải JSON hợp lệ tại dòng ${json.line}, cột ${json.column}: ${json.problem.vi}`,
      `not valid JSON at line ${json.line}, column ${json.column}: ${json.problem.en}`,
    );
  }
  const parsed = parseWithIssues(onlineOnlyCatalogueSchema, json.value);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((i) => ({ key: `${KEY} → ${i.key}`, message: { vi: `${path}: ${i.message.vi}`, en: `${path}: ${i.message.en}` } })) };
  }
  return { ok: true, catalogue: parsed.data, source: 'file', path };
}
