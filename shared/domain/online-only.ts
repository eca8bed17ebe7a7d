/**
 * Procedures that take no paper dossier (Directive 24/CT-TTg, from 01/10/2025): the
 * counter assists the citizen to file online with VNeID level 2 instead. Which codes and
 * from when is graded [C] in DOMAIN.md, so it lives in data IT can update
 * (resources/online-only-procedures.json, or the file machine config
 * onlineOnly.cataloguePath names), validated here, not in code.
 */
import { z } from 'zod';
import type { LocalizedText } from '../validation';
import BUILT_IN from '../../resources/online-only-procedures.json' with { type: 'json' };
import { formatDisplayDate } from './office-time';
import { procedureByCode } from './procedures';

const entrySchema = z
  .object({
    /** Its shape is checked with the list, where the message can be said in both languages. */
    code: z.string(),
    /** For whoever edits the file; the desk names procedures from its own catalogue. */
    name: z.string().optional(),
    /** false keeps the entry (and its history) but takes paper again. */
    onlineOnly: z.boolean().default(true),
    from: z.iso.date(),
  })
  .strict();

export const onlineOnlyCatalogueSchema = z
  .object({
    basis: z.string().min(1),
    note: z.string().optional(),
    procedures: z.array(entrySchema).superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, i) => {
        const issue = (localized: LocalizedText) => ctx.addIssue({ code: 'custom', path: [i, 'code'], message: localized.en, params: { localized } });
        if (!/^\d\.\d{6}$/.test(entry.code)) return issue({ vi: `"${entry.code}" không phải mã thủ tục (dạng 1.004222)`, en: `"${entry.code}" is not a procedure code (such as 1.004222)` });
        if (seen.has(entry.code)) issue({ vi: `${entry.code} có hai lần trong danh mục`, en: `${entry.code} is listed twice` });
        seen.add(entry.code);
        if (!procedureByCode(entry.code)) issue({ vi: `${entry.code} không phải thủ tục trong danh mục của ứng dụng`, en: `${entry.code} is not a procedure of the desk's catalogue` });
      });
    }),
  })
  .strict();
export type OnlineOnlyCatalogue = z.infer<typeof onlineOnlyCatalogueSchema>;

/** The defaults shipped with the app. */
export const BUILT_IN_ONLINE_ONLY: OnlineOnlyCatalogue = onlineOnlyCatalogueSchema.parse(BUILT_IN);

export interface OnlineOnlyRule {
  readonly from: string;
  /** Why the counter takes no paper dossier, for the refusal message and the slip. */
  readonly reason: LocalizedText;
}

/** The rule when `procedureCode` is online-only on office date `today` (yyyy-MM-dd), else null. */
export function onlineOnlyRule(procedureCode: string, today: string, catalogue: OnlineOnlyCatalogue = BUILT_IN_ONLINE_ONLY): OnlineOnlyRule | null {
  const entry = catalogue.procedures.find((p) => p.code === procedureCode);
  if (!entry || !entry.onlineOnly || today < entry.from) return null;
  const from = formatDisplayDate(entry.from);
  return {
    from: entry.from,
    reason: {
      vi: `Từ ngày ${from}, thủ tục này không tiếp nhận hồ sơ giấy (${catalogue.basis}): hướng dẫn, hỗ trợ công dân nộp trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID mức độ 2.`,
      en: `Since ${from} this procedure takes no paper dossier (Directive 24/CT-TTg): assist the citizen to file online on the National Public Service Portal with a level-2 VNeID account.`,
    },
  };
}
