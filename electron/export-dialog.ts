import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { ExportFormat } from '../shared/contract/supervisor';
import type { ExportTarget } from './core/services/export/export-target';

const FILTERS: Record<ExportFormat, Electron.FileFilter> = {
  xlsx: { name: 'Excel (XLSX)', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/**
 * The save dialog (starting in Documents, never the data folder) and "open file" for exports.
 * The dialog itself asks before replacing an existing file, so a chosen existing file counts as
 * confirmed; the core still refuses links and the data folder.
 */
export function electronExportTarget(window: () => BrowserWindow | null, language: () => 'vi' | 'en'): ExportTarget {
  return {
    async choose(suggestedName, format) {
      const options: Electron.SaveDialogOptions = {
        title: language() === 'vi' ? 'Lưu sổ theo dõi hồ sơ' : 'Save the handling log book',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [FILTERS[format]],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const win = window();
      const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : { path: answer.filePath, replaceConfirmed: true };
    },
    async open(path) {
      const problem = await shell.openPath(path);
      return problem === '' ? null : problem;
    },
  };
}
