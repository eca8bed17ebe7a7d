import type { CliIo } from './io';
import { runCli } from './run';
import { verbs } from './verbs';

/** Runs the CLI in this process with captured output (tests). */
export async function runCliInMemory(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const makeIo = (lang: 'vi' | 'en', json: boolean): CliIo => ({ lang, json, out: (t) => out.push(t), err: (t) => err.push(t) });
  const code = await runCli(args, verbs, makeIo, 'vi');
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
