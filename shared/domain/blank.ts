import { z } from 'zod';

/**
 * What counts as empty, for a search query and for every field: nothing but whitespace.
 * The contract's text fields (requiredText) and the screens' "required" checks use the
 * same rule, so a form never sends what the core would refuse as empty.
 */
export const isBlank = (text: string): boolean => text.trim() === '';

/** The entry as it is kept: trimmed, or null when blank. */
export const blankToNull = (text: string): string | null => (isBlank(text) ? null : text.trim());

/** A required text field: trimmed, not blank, at most `max` characters. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
