import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { parseWithIssues, type FieldIssue } from '../../../shared/validation';
import { parseJsonc } from './jsonc';

export interface CatalogueLoaded<T> {
  readonly ok: true;
  readonly catalogue: T;
  readonly source: 'built-in' | 'file';
  readonly path: string | null;
}
export type CatalogueLoad<T> = CatalogueLoaded<T> | { ok: false; issues: FieldIssue[] };

export const shippedCatalogue = <T>(catalogue: T): CatalogueLoaded<T> => ({ ok: true, catalogue, source: 'built-in', path: null });

/**
 * A catalogue file the machine config names under `key` (relative to the config file's
 * folder), or the shipped one. A named file that is missing or wrong is an error, never a
 * silent fallback: the counter would act on rules IT meant to replace.
 */
export function loadCatalogueFile<S extends z.ZodType>(
  schema: S,
  key: string,
  builtIn: z.output<S>,
  cataloguePath: string | undefined,
  configPath: string,
): CatalogueLoad<z.output<S>> {
  if (cataloguePath === undefined) return shippedCatalogue(builtIn);
  const path = isAbsolute(cataloguePath) ? cataloguePath : resolve(dirname(configPath), cataloguePath);
  const issue = (vi: string, en: string): CatalogueLoad<z.output<S>> => ({ ok: false, issues: [{ key, message: { vi: `${path}: ${vi}`, en: `${path}: ${en}` } }] });
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
  const parsed = parseWithIssues(schema, json.value);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((i) => ({ key: `${key} → ${i.key}`, message: { vi: `${path}: ${i.message.vi}`, en: `${path}: ${i.message.en}` } })) };
  }
  return { ok: true, catalogue: parsed.data, source: 'file', path };
}
