import { processIo } from './io';
import { runCli } from './run';
import { verbs } from './verbs';

// `npm run desk -- <verb>`: the same core as the app, without Electron.
const defaultLang = process.env.ONESTOP_DESK_LANG === 'en' ? 'en' : 'vi';
runCli(process.argv.slice(2), verbs, processIo, defaultLang).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
