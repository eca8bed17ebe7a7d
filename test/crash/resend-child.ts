import { parseArgs } from 'node:util';
import { intakeSchema } from '../../shared/contract/actions';
import { resendDesk } from './resend-desk';

// Corrects and resends a rejected intake in a desk database file; a crash test arms
// ONESTOP_FAILPOINT=resend-after-insert so this process SIGKILLs itself between the two steps.
const { values } = parseArgs({ options: { path: { type: 'string' }, seq: { type: 'string' }, intake: { type: 'string' } }, strict: true });
if (!values.path || !values.seq || !values.intake) throw new Error('usage: resend-child --path=FILE --seq=N --intake=JSON');
const desk = resendDesk(values.path);
const resent = desk.actions.resendIntake(Number(values.seq), intakeSchema.parse(JSON.parse(values.intake)), desk.officer);
desk.db.close();
process.stdout.write(`${JSON.stringify(resent)}\nready\n`);
