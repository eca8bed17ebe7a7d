import type { ProblemWire } from '../shared/portal/misc-wire';

/** What a store operation answers: the HTTP status and the JSON to send (text, or UTF-8 bytes for bulk pages). */
export interface SimResponse {
  readonly status: number;
  readonly json: string | Buffer;
  readonly problem: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

export const okJson = (status: number, json: string | Buffer): SimResponse => ({ status, json, problem: false });

/** An RFC 9457 problem; `type` is a relative URI naming the problem kind. */
export function problem(
  status: number,
  slug: string,
  title: string,
  extras: Omit<ProblemWire, 'type' | 'title' | 'status'> = {},
  headers?: Record<string, string>,
): SimResponse {
  const body: ProblemWire = { type: `/problems/${slug}`, title, status, ...extras };
  return { status, json: JSON.stringify(body), problem: true, ...(headers ? { headers } : {}) };
}
