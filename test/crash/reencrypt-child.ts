import { parseArgs } from 'node:util';
import { openEncryptedDatabase } from '../../electron/core/keys/encrypted-database';

// Opens a desk database the way the core does (re-encrypting an older cipher); a crash
// test arms ONESTOP_FAILPOINT so this process SIGKILLs itself at one step.
const { values } = parseArgs({ options: { path: { type: 'string' }, keyHex: { type: 'string' } }, strict: true });
if (!values.path || !values.keyHex) throw new Error('usage: reencrypt-child --path=FILE --keyHex=HEX');
const key = Buffer.from(values.keyHex, 'hex');
const opened = openEncryptedDatabase(values.path, { getOrCreateKey: () => key, describe: () => ({ backend: 'test' }) });
opened.db.close();
process.stdout.write(`${JSON.stringify({ reencrypted: opened.reencrypted })}\nready\n`);
