import { z } from 'zod';

/**
 * `npm run bench -- <suite> [--json] [size flags]`. Each suite is a module exporting
 * `run(args: string[], json: boolean): Promise<void>`; add a line here for a new suite.
 */
const SUITES: Record<string, () => Promise<{ run(args: string[], json: boolean): Promise<void> }>> = {
  portal: () => import('./portal'),
  export: () => import('./export'),
  lookup: () => import('./lookup'),
  outbox: () => import('./outbox'),
  dialects: () => import('./dialects'),
  cipher: () => import('./cipher'),

};

const argv = process.argv.slice(2);
const suite = z.enum(Object.keys(SUITES) as [string, ...string[]]).safeParse(argv[0]);
if (!suite.success) {
  console.error(`usage: npm run bench -- <${Object.keys(SUITES).join('|')}> [--json] [size flags]`);
  process.exit(2);
}
const rest = argv.slice(1);
const json = rest.includes('--json');
const load = SUITES[suite.data];
if (!load) process.exit(2);
load()
  .then((m) => m.run(rest.filter((a) => a !== '--json'), json))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
