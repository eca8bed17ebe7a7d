import { readFileSync } from 'node:fs';
import { parseWithIssues, type FieldIssue } from '../../../shared/validation';
import { parseJsonc } from './jsonc';
import { BUILT_IN_COMPETENT_UNITS, competentUnitCatalogueSchema, type CompetentUnitCatalogue } from '../../../shared/domain/competent-units';
import { BUILT_IN_ONLINE_ONLY, onlineOnlyCatalogueSchema, type OnlineOnlyCatalogue } from '../../../shared/domain/online-only';
import { loadCatalogueFile, shippedCatalogue, type CatalogueLoaded } from './catalogue-file';
import { machineConfigSchema, type MachineConfig } from './schema';

export type ConfigLoad =
  | {
      ok: true;
      config: MachineConfig;
      path: string;
      source: 'file' | 'defaults';
      onlineOnly: CatalogueLoaded<OnlineOnlyCatalogue>;
      competentUnits: CatalogueLoaded<CompetentUnitCatalogue>;
    }
  | { ok: false; path: string; issues: FieldIssue[] };

const SHIPPED = { onlineOnly: shippedCatalogue(BUILT_IN_ONLINE_ONLY), competentUnits: shippedCatalogue(BUILT_IN_COMPETENT_UNITS) };

const unreadable = (path: string, en: string, vi: string): ConfigLoad => ({
  ok: false,
  path,
  issues: [{ key: '(file)', message: { vi, en } }],
});

/** Reads and validates the machine config. A missing file means defaults (training mode). */
export function loadMachineConfig(path: string): ConfigLoad {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { ok: true, config: machineConfigSchema.parse({}), path, source: 'defaults', ...SHIPPED };
    }
    return unreadable(path, `cannot read the file: ${(error as Error).message}`, `không đọc được tệp: ${(error as Error).message}`);
  }
  const json = parseJsonc(text.replace(/^\uFEFF/, ''));
  if (!json.ok) {
    return unreadable(
      path,
      `not valid JSON at line ${json.line}, column ${json.column}: ${json.problem.en}`,
      `không phải JSON hợp lệ tại dòng ${json.line}, cột ${json.column}: ${json.problem.vi}`,
    );
  }
  const parsed = parseWithIssues(machineConfigSchema, json.value);
  if (!parsed.success) return { ok: false, path, issues: parsed.issues };
  // The files it names are part of the configuration: checked here, at start-up and by `desk config check`.
  const onlineOnly = loadCatalogueFile(onlineOnlyCatalogueSchema, 'onlineOnly.cataloguePath', BUILT_IN_ONLINE_ONLY, parsed.data.onlineOnly.cataloguePath, path);
  const competentUnits = loadCatalogueFile(
    competentUnitCatalogueSchema, 'competentUnits.cataloguePath', BUILT_IN_COMPETENT_UNITS, parsed.data.competentUnits.cataloguePath, path,
  );
  if (!onlineOnly.ok || !competentUnits.ok) {
    return { ok: false, path, issues: [...(onlineOnly.ok ? [] : onlineOnly.issues), ...(competentUnits.ok ? [] : competentUnits.issues)] };
  }
  return { ok: true, config: parsed.data, path, source: 'file', onlineOnly, competentUnits };
}
