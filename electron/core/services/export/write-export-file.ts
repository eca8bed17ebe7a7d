import { randomBytes } from 'node:crypto';
import { lstatSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DeskFailure } from '../../../../shared/contract/errors';
import type { LocalizedText } from '../../../../shared/validation';

export type ExportWriteRefusal = 'relative' | 'in_data_folder' | 'link' | 'not_a_file' | 'exists' | 'write_failed';

const REASON: Record<ExportWriteRefusal, LocalizedText> = {
  relative: { vi: 'Đường dẫn lưu phải là đường dẫn đầy đủ.', en: 'The save path must be absolute.' },
  in_data_folder: {
    vi: 'Không lưu tệp xuất vào thư mục dữ liệu của ứng dụng: hãy chọn một thư mục khác (ví dụ Tài liệu).',
    en: "Exports are not saved in the app's data folder: choose another folder (Documents, for example).",
  },
  link: { vi: 'Tên tệp đã chọn là một liên kết (symlink): không ghi qua liên kết. Hãy chọn tên khác.', en: 'The chosen name is a link (symlink): nothing is written through a link. Choose another name.' },
  not_a_file: { vi: 'Tên đã chọn không phải là một tệp thông thường.', en: 'The chosen name is not a regular file.' },
  exists: { vi: 'Tệp đã tồn tại: không ghi đè. Hãy chọn tên khác hoặc xoá tệp cũ trước.', en: 'The file already exists and is not overwritten. Choose another name or remove the old file first.' },
  write_failed: { vi: 'Không ghi được tệp xuất (ổ đĩa đầy hoặc không có quyền ghi).', en: 'The export file could not be written (disk full or no permission).' },
};

const refuse = (reason: ExportWriteRefusal, cause: string | null = null): DeskFailure =>
  new DeskFailure('STORAGE', REASON[reason].en, { reason, message: REASON[reason], cause });

const realOrSelf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};
const isInside = (path: string, folder: string): boolean => {
  const rel = relative(realOrSelf(folder), path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export interface ExportDestination {
  readonly path: string;
  /** True only when the supervisor was asked and agreed to replace an existing file (the save dialog). */
  readonly replaceConfirmed: boolean;
}

/**
 * Writes an export where the supervisor chose, never into the data folder, never through a
 * link, and never over an existing file unless the supervisor confirmed it; a confirmed
 * replacement goes through a new file and a rename, so the old one is never half-written.
 */
export function writeExportFile(destination: ExportDestination, bytes: Buffer, dataDir: string): string {
  if (!isAbsolute(destination.path)) throw refuse('relative');
  const path = join(realOrSelf(dirname(destination.path)), relative(dirname(destination.path), destination.path));
  if (isInside(path, dataDir)) throw refuse('in_data_folder');
  const existing = lstatSync(path, { throwIfNoEntry: false }) ?? null;
  if (existing?.isSymbolicLink()) throw refuse('link');
  if (existing && !existing.isFile()) throw refuse('not_a_file');
  if (existing && !destination.replaceConfirmed) throw refuse('exists');
  const target = existing ? `${path}.${randomBytes(6).toString('hex')}.tmp` : path;
  try {
    writeFileSync(target, bytes, { flag: 'wx', mode: 0o600 });
    if (target !== path) renameSync(target, path);
  } catch (error) {
    if (target !== path) rmSync(target, { force: true });
    throw refuse('write_failed', (error as NodeJS.ErrnoException).code ?? null);
  }
  return path;
}
