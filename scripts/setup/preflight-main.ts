// `npm test`'s first step: the system programs the suites need are there, or get installed.
import { runPreflight } from './preflight';
import { systemProbe } from './probe';

const outcome = runPreflight(systemProbe(), (line) => console.log(line));
if (!outcome.ok) {
  console.error(`\n${outcome.message}`);
  process.exit(1);
}
if (outcome.installed.length) console.log(`Installed: ${outcome.installed.join(' ')}`);
