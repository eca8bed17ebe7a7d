import type { z } from 'zod';
import { classifyThrown } from '../classify';
import { parseAnswer } from '../parse-answer';
import type { PortalResult } from '../errors';
import type { FetchLike } from '../transport';
import { classifyOpencpsFailure } from './classify';

export interface OpencpsCall {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly authorization?: string;
  readonly query?: Record<string, string | number | undefined>;
  /** Sent application/x-www-form-urlencoded; nested values are already JSON strings. */
  readonly form?: Record<string, string | undefined>;
}

export interface OpencpsRequester {
  <S extends z.ZodType>(call: OpencpsCall, schema: S): Promise<PortalResult<z.output<S>>>;
}

/** One HTTP exchange with an OpenCPS site: groupId header, timeout, typed errors, zod-checked answer. */
export function createOpencpsRequester(options: { base: string; groupId: string; timeoutMs: number; fetch: FetchLike }): OpencpsRequester {
  return async (call, schema) => {
    const url = new URL(options.base + call.path);
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json', groupid: options.groupId };
    if (call.authorization !== undefined) headers['authorization'] = call.authorization;
    let body: string | undefined;
    if (call.form !== undefined) {
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(call.form)) if (v !== undefined) form.set(k, v);
      body = form.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${options.timeoutMs} ms`, 'TimeoutError')), options.timeoutMs);
    let status: number;
    let text: string;
    try {
      const response = await options.fetch(url.toString(), { method: call.method, headers, ...(body !== undefined ? { body } : {}), signal: controller.signal });
      status = response.status;
      text = await response.text();
      if (status < 200 || status > 299) return { ok: false, error: classifyOpencpsFailure(response, text) };
    } catch (error) {
      return { ok: false, error: classifyThrown(error, options.timeoutMs) };
    } finally {
      clearTimeout(timer);
    }
    return parseAnswer(text, status, schema);
  };
}
