import type { ExportFormat } from '../../../../shared/contract/supervisor';

/**
 * Where the app saves an export and how it opens it: the Electron shell's save dialog and
 * shell.openPath; in the Chromium preview and e2e, the harness's stand-in. The core never
 * picks a place itself.
 */
export interface ExportTarget {
  /** Asks the supervisor where to save; null when they cancel. The dialog asks before replacing a file. */
  choose(suggestedName: string, format: ExportFormat): Promise<{ readonly path: string; readonly replaceConfirmed: boolean } | null>;
  /** Opens a saved export with the PC's program for it; resolves to an error text when it cannot. */
  open(path: string): Promise<string | null>;
}
