import type { z } from 'zod';
import type { PortalResult } from './errors';

/** A 2xx body → the schema's value; broken JSON or a wrong shape is `bad_response`, never data. Shared by every dialect. */
export function parseAnswer<S extends z.ZodType>(text: string, status: number, schema: S): PortalResult<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'bad_response', message: 'the answer is not JSON', status } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, error: { kind: 'bad_response', message: `unexpected answer shape at ${first?.path.join('.') ?? '?'}: ${first?.message ?? ''}`, status } };
  }
  return { ok: true, value: parsed.data };
}
