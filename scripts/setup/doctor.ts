// `npm run doctor`: every requirement of the tests and the app, present or missing, with versions.
import { check } from './preflight';
import { systemProbe } from './probe';
import type { NeededBy } from './requirements';
import { PRODUCT_NAME } from '../../shared/domain/product';

const NEEDED_BY: Readonly<Record<NeededBy, string>> = {
  tests: 'npm test',
  'preview-without-display': 'npm start without a display',
  'electron-window': 'the Electron window (optional here)',
};

const rows = check(systemProbe());
const width = Math.max(...rows.map((r) => r.requirement.label.length));
console.log(`${PRODUCT_NAME} doctor — Node ${process.version} (ABI ${process.versions.modules}), ${process.platform}/${process.arch}\n`);
for (const { requirement, found } of rows) {
  const mark = found.present ? 'present' : 'MISSING';
  console.log(`${mark.padEnd(8)} ${requirement.label.padEnd(width)}  ${found.detail}`);
  console.log(`${' '.repeat(8)} ${' '.repeat(width)}  needed by ${NEEDED_BY[requirement.neededBy]}: ${requirement.purpose}`);
  if (!found.present) {
    const fix = requirement.aptPackages.length ? `apt-get install ${requirement.aptPackages.join(' ')}` : (requirement.otherwise ?? '');
    console.log(`${' '.repeat(8)} ${' '.repeat(width)}  to get it: ${fix}`);
  }
}
const blocking = rows.filter((r) => r.requirement.neededBy === 'tests' && !r.found.present);
console.log(blocking.length ? `\n${blocking.length} requirement(s) of npm test missing: npm test installs them where it may (root or passwordless sudo).` : '\nEverything npm test needs is present.');
process.exit(blocking.length ? 1 : 0);
