import { z } from 'zod';
import { parseWireDateTime } from '../domain/office-time';

/** `yyyyMMddHHmmss` in office time (Asia/Ho_Chi_Minh), as NPSP sends it. */
export const wireDateTimeSchema = z
  .string()
  .regex(/^\d{14}$/)
  .refine((v) => parseWireDateTime(v) !== null, 'not a calendar date-time')
  .meta({ description: 'yyyyMMddHHmmss, office time (Asia/Ho_Chi_Minh)', examples: ['20240615083000'] });

const WIRE_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** `yyyyMMdd` office calendar date → `yyyy-MM-dd`; null when not a real date. */
export function parseWireDate(wire: string): string | null {
  const m = WIRE_DATE.exec(wire);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? null : iso;
}

export const formatWireDate = (isoDate: string): string => isoDate.slice(0, 10).replaceAll('-', '');

/** `yyyyMMdd`, an office calendar date (birth dates, lock dates, office days). */
export const wireDateSchema = z
  .string()
  .regex(/^\d{8}$/)
  .refine((v) => parseWireDate(v) !== null, 'not a calendar date')
  .meta({ description: 'yyyyMMdd, office calendar date', examples: ['19900215'] });

export const localizedReasonSchema = z.object({ vi: z.string(), en: z.string() });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Opaque; pass it back to continue, now or on the next sync. */
    nextCursor: z.string().min(1),
    hasMore: z.boolean(),
    /** Rows left from the requested position, this page included; only when asked (withTotal). */
    total: z.int().min(0).optional(),
  });
