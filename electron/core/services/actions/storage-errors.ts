import { DeskFailure } from '../../../../shared/contract/errors';

/**
 * SQLite write failures the officer must hear about (nothing was saved): a full disk,
 * a locked or read-only database, an I/O error. Anything else is rethrown as is.
 */
export function asStorageFailure(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const reason =
    code.startsWith('SQLITE_FULL') ? { vi: 'ổ đĩa đã đầy', en: 'the disk is full' }
    : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') ? { vi: 'cơ sở dữ liệu đang bị khóa', en: 'the database is locked' }
    : code.startsWith('SQLITE_READONLY') ? { vi: 'cơ sở dữ liệu chỉ đọc', en: 'the database is read-only' }
    : { vi: 'lỗi ghi dữ liệu', en: 'a storage error' };
  return new DeskFailure('STORAGE', `Not saved: ${reason.en}. Nothing was queued; try again or call IT.`, {
    message: { vi: `Chưa lưu được: ${reason.vi}. Thao tác chưa được đưa vào hàng đợi; hãy thử lại hoặc gọi IT.`, en: `Not saved: ${reason.en}. Nothing was queued; try again or call IT.` },
    sqlite: code,
  });
}
