import { readFileSync } from 'node:fs';
import { parseWithIssues, type FieldIssue } from '../../../shared/validation';
import { parseJsonc } from './jsonc';
import { loadOnlineOnlyCatalogue, SHIPPED_ONLINE_ONLY, type OnlineOnlyLoaded } from './online-only-file';
import { machineConfigSchema, type MachineConfig } from './schema';

export type ConfigLoad =
  | { ok: true; config: MachineConfig; path: string; source: 'file' | 'defaults'; onlineOnly: OnlineOnlyLoaded }
  | { ok: false; path: string; issues: FieldIssue[] };

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
      return { ok: true, config: machineConfigSchema.parse({}), path, source: 'defaults', onlineOnly: SHIPPED_ONLINE_ONLY };
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
  // The file it names is part of the configuration: checked here, at start-up and by `desk config check`.
  const onlineOnly = loadOnlineOnlyCatalogue(parsed.data.onlineOnly.cataloguePath, path);
  if (!onlineOnly.ok) return { ok: false, path, issues: onlineOnly.issues };
  return { ok: true, config: parsed.data, path, source: 'file', onlineOnly };
}
