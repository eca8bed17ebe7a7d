import type { Language } from '../../../shared/contract';

/** Where a verb writes: stdout gets the answer (one JSON document with --json), stderr the rest. */
export interface CliIo {
  readonly lang: Language;
  readonly json: boolean;
  out(text: string): void;
  err(text: string): void;
}

export const processIo = (lang: Language, json: boolean): CliIo => ({
  lang,
  json,
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
});

/** Picks the officer's language for a bilingual pair. */
export const say = (io: Pick<CliIo, 'lang'>, text: { vi: string; en: string }): string => text[io.lang];
