import { parseArgs } from 'node:util';
import { commonFlagSpec, commonFlagsSchema, officerFlagSpec, parseCommand, UsageError, validateFlags } from './args';
import { EXIT, EXIT_MEANINGS } from './exit-codes';
import { type CliIo } from './io';
import type { Verb } from './verb';

export function usageText(verbs: readonly Verb[], lang: 'vi' | 'en'): string {
  const lines = verbs.map((v) => `  ${usageOf(v).padEnd(56)} ${v.summary[lang]}`);
  const head = lang === 'vi' ? 'Cách dùng: npm run desk -- <lệnh> [tùy chọn]' : 'Usage: npm run desk -- <verb> [options]';
  const common =
    lang === 'vi'
      ? 'Tùy chọn chung: --json (một tài liệu JSON trên stdout), --data-dir DIR, --config FILE, --lang vi|en'
      : 'Common options: --json (one JSON document on stdout), --data-dir DIR, --config FILE, --lang vi|en';
  return [head, '', ...lines, '', common, sessionNote[lang], '', exitCodesText(lang)].join('\n');
}

const sessionNote = {
  vi: '--officer ID: đăng nhập bằng mã cán bộ; mật khẩu lấy từ ONESTOP_DESK_PASSWORD hoặc được hỏi trên terminal (không hiện ký tự).',
  en: '--officer ID: sign in as that officer; the password comes from ONESTOP_DESK_PASSWORD or is asked on the terminal (not echoed).',
};

function exitCodesText(lang: 'vi' | 'en'): string {
  const codes = Object.entries(EXIT_MEANINGS).map(([code, meaning]) => `  ${code}  ${meaning[lang]}`);
  return [lang === 'vi' ? 'Mã thoát:' : 'Exit codes:', ...codes].join('\n');
}

const usageOf = (verb: Verb): string => (verb.session ? `${verb.usage} [--officer ID]` : verb.usage);

/** Finds the verb whose words start the positionals ("config check" before "config"). */
function matchVerb(verbs: readonly Verb[], positionals: string[]): Verb | undefined {
  const byLength = [...verbs].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  return byLength.find((v) => v.name.split(' ').every((word, i) => positionals[i] === word));
}

/** Runs one CLI invocation; returns the exit code (EXIT). */
export async function runCli(argv: string[], verbs: readonly Verb[], makeIo: (lang: 'vi' | 'en', json: boolean) => CliIo, defaultLang: 'vi' | 'en'): Promise<number> {
  const lang = argv.includes('--lang') ? (argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi') : defaultLang;
  const fallbackIo = makeIo(lang, false);
  // Lenient first pass, only to find the verb words; the verb's own strict parse follows.
  const words = parseArgs({ args: argv, options: commonFlagSpec, strict: false, allowPositionals: true }).positionals;
  const verb = matchVerb(verbs, words);
  if (!verb) {
    fallbackIo.err(words.length ? `${lang === 'vi' ? 'Lệnh không tồn tại' : 'Unknown verb'}: ${words.join(' ')}\n` : '');
    fallbackIo.err(usageText(verbs, lang));
    return EXIT.usage;
  }
  try {
    const command = parseCommand(argv, { ...verb.flags, ...(verb.session ? officerFlagSpec : {}) });
    const flags = validateFlags(commonFlagsSchema, {
      json: command.values.json,
      'data-dir': command.values['data-dir'],
      config: command.values.config,
      lang: command.values.lang,
      help: command.values.help,
      officer: command.values.officer,
    });
    const io = makeIo(flags.lang ?? lang, flags.json);
    if (flags.help) {
      io.out([usageOf(verb), verb.summary[io.lang], ...(verb.session ? [sessionNote[io.lang]] : []), '', exitCodesText(io.lang)].join('\n'));
      return EXIT.done;
    }
    const positionals = command.positionals.slice(verb.name.split(' ').length);
    return await verb.run({ io, flags, command: { values: command.values, positionals } });
  } catch (error) {
    if (error instanceof UsageError) {
      fallbackIo.err(`${error.message}\n${usageOf(verb)}`);
      return EXIT.usage;
    }
    fallbackIo.err(error instanceof Error ? error.message : String(error));
    return EXIT.error;
  }
}
