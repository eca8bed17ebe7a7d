import type { FieldIssue } from '../../../../shared/validation';
import { say, type CliIo } from '../io';

/** Prints each bad key of a machine config, in the reader's language (JSON on stdout with --json). */
export function printConfigIssues(io: CliIo, path: string, issues: readonly FieldIssue[]): void {
  if (io.json) {
    io.out(JSON.stringify({ valid: false, path, issues }));
    return;
  }
  io.err(say(io, { vi: `Tệp cấu hình không hợp lệ: ${path}`, en: `Invalid configuration file: ${path}` }));
  for (const issue of issues) io.err(`  ${issue.key}: ${issue.message[io.lang]}`);
}
