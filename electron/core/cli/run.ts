import { parseArgs } from 'node:util';
import { commonFlagSpec, commonFlagsSchema, parseCommand, UsageError, validateFlags } from './args';
import { type CliIo } from './io';
import type { Verb } from './verb';

export function usageText(verbs: readonly Verb[], lang: 'vi' | 'en'): string {
  const lines = verbs.map((v) => `  ${v.usage.padEnd(56)} ${v.summary[lang]}`);
  const head = lang === 'vi' ? 'Cách dùng: npm run desk -- <lệnh> [tùy chọn]' : 'Usage: npm run desk -- <verb> [options]';
  const common =
    lang === 'vi'
      ? 'Tùy chọn chung: --json (một tài liệu JSON trên stdout), --data-dir DIR, --config FILE, --lang vi|en'
      : 'Common options: --json (one JSON document on stdout), --data-dir DIR, --config FILE, --lang vi|en';
  return [head, '', ...lines, '', common].join('\n');
}

/** Finds the verb whose words start the positionals ("config check" before "config"). */
function matchVerb(verbs: readonly Verb[], positionals: string[]): Verb | undefined {
  const byLength = [...verbs].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  return byLength.find((v) => v.name.split(' ').every((word, i) => positionals[i] === word));
}

/** Runs one CLI invocation; returns the exit code (2 for usage errors). */
export async function runCli(argv: string[], verbs: readonly Verb[], makeIo: (lang: 'vi' | 'en', json: boolean) => CliIo, defaultLang: 'vi' | 'en'): Promise<number> {
  const lang = argv.includes('--lang') ? (argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi') : defaultLang;
  const fallbackIo = makeIo(lang, false);
  // Lenient first pass, only to find the verb words; the verb's own strict parse follows.
  const words = parseArgs({ args: argv, options: commonFlagSpec, strict: false, allowPositionals: true }).positionals;
  const verb = matchVerb(verbs, words);
  if (!verb) {
    fallbackIo.err(words.length ? `${lang === 'vi' ? 'Lệnh không tồn tại' : 'Unknown verb'}: ${words.join(' ')}\n` : '');
    fallbackIo.err(usageText(verbs, lang));
    return 2;
  }
  try {
    const command = parseCommand(argv, verb.flags);
    const flags = validateFlags(commonFlagsSchema, {
      json: command.values.json,
      'data-dir': command.values['data-dir'],
      config: command.values.config,
      lang: command.values.lang,
      help: command.values.help,
    });
    const io = makeIo(flags.lang ?? lang, flags.json);
    if (flags.help) {
      io.out(`${verb.usage}\n${verb.summary[io.lang]}`);
      return 0;
    }
    const positionals = command.positionals.slice(verb.name.split(' ').length);
    return await verb.run({ io, flags, command: { values: command.values, positionals } });
  } catch (error) {
    if (error instanceof UsageError) {
      fallbackIo.err(`${error.message}\n${verb.usage}`);
      return 2;
    }
    fallbackIo.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
