/**
 * Procedures that take no paper dossier (Directive 24/CT-TTg, from 01/10/2025): the
 * counter assists the citizen to file online with VNeID level 2 instead. Which codes and
 * from when is graded [C] in DOMAIN.md, so it lives in data (online-only-procedures.json),
 * validated here, not in code.
 */
import { z } from 'zod';
import type { LocalizedText } from '../validation';
import { ONLINE_ONLY_PROCEDURES } from './online-only-procedures';
import { formatDisplayDate } from './office-time';

export const onlineOnlyCatalogueSchema = z
  .object({
    basis: z.string().min(1),
    note: z.string().optional(),
    procedures: z
      .array(z.object({ code: z.string().regex(/^\d\.\d{6}$/), from: z.iso.date() }).strict())
      .refine((list) => new Set(list.map((p) => p.code)).size === list.length, 'each procedure code once'),
  })
  .strict();
export type OnlineOnlyCatalogue = z.infer<typeof onlineOnlyCatalogueSchema>;

export const BUILT_IN_ONLINE_ONLY: OnlineOnlyCatalogue = onlineOnlyCatalogueSchema.parse(ONLINE_ONLY_PROCEDURES);

export interface OnlineOnlyRule {
  readonly from: string;
  /** Why the counter takes no paper dossier, for the refusal message and the slip. */
  readonly reason: LocalizedText;
}

/** The rule when `procedureCode` is online-only on office date `today` (yyyy-MM-dd), else null. */
export function onlineOnlyRule(procedureCode: string, today: string, catalogue: OnlineOnlyCatalogue = BUILT_IN_ONLINE_ONLY): OnlineOnlyRule | null {
  const entry = catalogue.procedures.find((p) => p.code === procedureCode);
  if (!entry || today < entry.from) return null;
  const from = formatDisplayDate(entry.from);
  return {
    from: entry.from,
    reason: {
      vi: `Từ ngày ${from}, thủ tục này không tiếp nhận hồ sơ giấy (${catalogue.basis}): hướng dẫn, hỗ trợ công dân nộp trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID mức độ 2.`,
      en: `Since ${from} this procedure takes no paper dossier (Directive 24/CT-TTg): assist the citizen to file online on the National Public Service Portal with a level-2 VNeID account.`,
    },
  };
}
