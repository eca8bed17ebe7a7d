import type { LocalizedText } from '../../shared/validation';
import { PRODUCT_NAME } from '../../shared/domain/product';

/** What the native error dialog shows when the core cannot start: both languages, no stack. */
export interface StartupErrorDialog {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
}

const MAX_DETAIL = 600;

interface NewerDatabaseDetails {
  readonly databaseVersion: number;
  readonly codeVersion: number;
}

const isNewerDatabase = (details: unknown): details is NewerDatabaseDetails =>
  typeof details === 'object' &&
  details !== null &&
  typeof (details as Record<string, unknown>).databaseVersion === 'number' &&
  typeof (details as Record<string, unknown>).codeVersion === 'number';

/** The first line of the error's own message, without stack frames, capped in length. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const line = text.split(/\r?\n/u)[0]?.trim() ?? '';
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
}

function explain(error: unknown): LocalizedText {
  const details = error instanceof Error ? (error as Error & { details?: unknown }).details : undefined;
  if (isNewerDatabase(details)) {
    return {
      vi: `Cơ sở dữ liệu do một phiên bản ${PRODUCT_NAME} mới hơn tạo ra (lược đồ ${details.databaseVersion}; bản này chỉ biết đến ${details.codeVersion}). Hãy cài phiên bản mới hơn; dữ liệu chưa bị thay đổi.`,
      en: `The database was written by a newer version of ${PRODUCT_NAME} (schema ${details.databaseVersion}; this build knows up to ${details.codeVersion}). Install the newer version; the data has not been changed.`,
    };
  }
  return {
    vi: 'Không mở được dữ liệu của ứng dụng. Hãy báo cho bộ phận CNTT kèm nội dung bên dưới.',
    en: 'The application data could not be opened. Tell IT, quoting the text below.',
  };
}

/**
 * Turns whatever the core threw at start-up into the text of a native dialog: a
 * Vietnamese line first, then English, then the error's own first line for IT.
 */
export function describeStartupError(error: unknown): StartupErrorDialog {
  const text = explain(error);
  const own = firstLine(error);
  return {
    title: `${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} không khởi động được. / ${PRODUCT_NAME} could not start.`,
    detail: [...new Set([text.vi, text.en, own])].filter((part) => part !== '').join('\n\n'),
  };
}
