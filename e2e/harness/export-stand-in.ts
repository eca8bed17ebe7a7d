import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportTarget } from '../../electron/core/services/export/export-target';

/** What the save-dialog stand-in did, for a test to assert. */
export interface ExportStandIn extends ExportTarget {
  /** The folder it "chooses" (outside the data folder, like Documents). */
  readonly folder: string;
  readonly opened: string[];
  /** The next choose() answers as a cancelled dialog. */
  cancelNext(): void;
}

/**
 * Stands in for the Electron save dialog and shell.openPath in the Chromium preview and e2e:
 * saves under `<root>/Tài liệu` with the suggested name and records what "open" was asked.
 */
export function exportStandIn(root: string): ExportStandIn {
  const folder = join(root, 'Tài liệu');
  const opened: string[] = [];
  let cancel = false;
  return {
    folder,
    opened,
    cancelNext: () => void (cancel = true),
    choose(suggestedName) {
      if (cancel) {
        cancel = false;
        return Promise.resolve(null);
      }
      mkdirSync(folder, { recursive: true });
      return Promise.resolve({ path: join(folder, suggestedName), replaceConfirmed: false });
    },
    open(path) {
      opened.push(path);
      return Promise.resolve(null);
    },
  };
}
