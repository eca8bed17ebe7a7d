import { z } from 'zod';

export const localizedTextSchema = z.object({ vi: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const fieldIssueSchema = z.object({ key: z.string(), message: localizedTextSchema });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

const vietnamese = z.locales.vi().localeError;

type ParseOutcome<T> = { success: true; data: T } | { success: false; issues: FieldIssue[] };

/** A rule that says its message in both languages (`refine(…, { params: { localized } })`). */
const localizedOf = (issue: z.core.$ZodIssue): LocalizedText | null => {
  if (issue.code !== 'custom') return null;
  const parsed = localizedTextSchema.safeParse((issue.params as { localized?: unknown } | undefined)?.localized);
  return parsed.success ? parsed.data : null;
};

const keyOf = (issue: z.core.$ZodIssue): string[] => {
  const base = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => (base ? `${base}.${k}` : k));
  return [base || '(root)'];
};

/**
 * Validates once, and on failure describes every bad key in Vietnamese and English,
 * so whoever reads it (officer, IT) gets the message in their language.
 */
export function parseWithIssues<S extends z.ZodType>(schema: S, data: unknown): ParseOutcome<z.output<S>> {
  const english = schema.safeParse(data);
  if (english.success) return { success: true, data: english.data };
  const vi = schema.safeParse(data, { error: vietnamese });
  const viIssues = vi.success ? [] : vi.error.issues;
  const issues = english.error.issues.flatMap((issue, i) => {
    const message = localizedOf(issue) ?? { vi: viIssues[i]?.message ?? issue.message, en: issue.message };
    return keyOf(issue).map((key) => ({ key, message }));
  });
  return { success: false, issues };
}
