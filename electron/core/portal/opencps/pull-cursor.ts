import { z } from 'zod';

/**
 * GET /dossiers has no "modified since" filter, only an offset window (start/end) and a
 * sort. So the desk reads newest-modified first (sort=modified, order=true) and stops at
 * the first dossier older than the previous run's newest. In that order a dossier changed
 * during a run moves to the front: the window then re-reads a row (an upsert, harmless)
 * but never skips one, and the change itself is newer than this run's `top`, so the next
 * run picks it up. The cursor holds that whole position, so a crash resumes mid-run.
 */
const cursorSchema = z.object({
  /** Offset of the next window. */
  s: z.number().int().nonnegative(),
  /** Newest modified time seen in this run (ISO), the next run's stop line. */
  top: z.string().nullable(),
  /** Stop at dossiers modified before this (ISO); null on a first import. */
  stop: z.string().nullable(),
});
export type PullCursor = z.infer<typeof cursorSchema>;

export const encodePullCursor = (c: PullCursor): string => `ocps1.${Buffer.from(JSON.stringify(c)).toString('base64url')}`;

/** null: not a cursor this dialect wrote (e.g. one left by the other dialect): start over. */
export function decodePullCursor(text: string): PullCursor | null {
  if (!text.startsWith('ocps1.')) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text.slice(6), 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
