import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsoncResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; problem: { vi: string; en: string } };

/** jsonc-parser's error names, in the words IT reads. */
const SYNTAX_PROBLEMS: Readonly<Record<string, { vi: string; en: string }>> = {
  InvalidSymbol: { vi: 'ký tự không hợp lệ (chuỗi phải nằm trong dấu ngoặc kép)', en: 'invalid symbol (text values need double quotes)' },
  InvalidNumberFormat: { vi: 'số viết sai', en: 'invalid number' },
  PropertyNameExpected: { vi: 'thiếu tên khóa', en: 'a key name was expected' },
  ValueExpected: { vi: 'thiếu giá trị', en: 'a value was expected' },
  ColonExpected: { vi: 'thiếu dấu hai chấm', en: 'a colon was expected' },
  CommaExpected: { vi: 'thiếu dấu phẩy', en: 'a comma was expected' },
  CloseBraceExpected: { vi: 'thiếu dấu }', en: 'a closing } was expected' },
  CloseBracketExpected: { vi: 'thiếu dấu ]', en: 'a closing ] was expected' },
  EndOfFileExpected: { vi: 'còn nội dung sau khi đã kết thúc', en: 'text after the end of the document' },
  InvalidCommentToken: { vi: 'chú thích viết sai', en: 'invalid comment' },
  UnexpectedEndOfComment: { vi: 'chú thích chưa đóng', en: 'a comment is not closed' },
  UnexpectedEndOfString: { vi: 'chuỗi chưa đóng ngoặc kép', en: 'a text value is not closed' },
  UnexpectedEndOfNumber: { vi: 'số bị cắt cụt', en: 'a number is cut short' },
  InvalidUnicode: { vi: 'mã Unicode sai', en: 'invalid Unicode escape' },
  InvalidEscapeCharacter: { vi: 'ký tự thoát sai', en: 'invalid escape character' },
  InvalidCharacter: { vi: 'ký tự không hợp lệ', en: 'invalid character' },
};


const describe = (name: string): { vi: string; en: string } => SYNTAX_PROBLEMS[name] ?? { vi: name, en: name };

/** Line and column (1-based) of a character offset, as an editor shows them. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * Parses JSON with comments and trailing commas, as VS Code's settings files allow, so the
 * commented example IT copies is itself a valid machine config. The first syntax error is
 * reported with its line and column; nothing is guessed past it.
 */
export function parseJsonc(text: string): JsoncResult {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { ok: true, value };
  return { ok: false, ...position(text, first.offset), problem: describe(printParseErrorCode(first.error)) };
}
