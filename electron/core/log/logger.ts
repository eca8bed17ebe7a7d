import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { createStream } from 'rotating-file-stream';
import { maskDigitRuns, PERSONAL_FIELD } from '../../../shared/privacy';

export type Logger = pino.Logger;

/** Removes personal data from anything about to be logged: IT reads these files. */
export function scrubForLog(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return PERSONAL_FIELD.test(key) ? '[masked]' : maskDigitRuns(value);
  if (Array.isArray(value)) return value.map((item) => scrubForLog(item, key));
  if (value instanceof Error) return { type: value.name, message: maskDigitRuns(value.message) };
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, PERSONAL_FIELD.test(k) && v != null ? '[masked]' : scrubForLog(v, k)]),
    );
  }
  return value;
}

export interface LoggerOptions {
  readonly dir: string;
  readonly level?: pino.LevelWithSilent;
}

/** Structured JSON lines, rotated by size (10 MB × 10 files) in the data directory. */
export function createLogger(options: LoggerOptions): { logger: Logger; close: () => Promise<void> } {
  mkdirSync(options.dir, { recursive: true });
  const stream = createStream('desk.log', { path: options.dir, size: '10M', maxFiles: 10 });
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { log: (object) => scrubForLog(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskDigitRuns(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    stream,
  );
  const close = () =>
    new Promise<void>((resolve) => {
      logger.flush();
      stream.end(() => resolve());
    });
  return { logger, close };
}

/** A logger that writes nothing, for tools that must not touch the data directory. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
