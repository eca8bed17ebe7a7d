/**
 * The units that decide dossiers (cơ quan có thẩm quyền giải quyết) in the province, and
 * which of them is competent for each field and procedure since 01/07/2025. Any centre in
 * the province receives the dossier (boundary-free receipt); the competent unit is a
 * separate fact, picked at intake. Codes and competences are graded [C] in DOMAIN.md, so
 * they live in data IT can update (resources/competent-units.json, or the file machine
 * config competentUnits.cataloguePath names), validated here, not in code.
 */
import { z } from 'zod';
import type { LocalizedText } from '../validation';
import BUILT_IN from '../../resources/competent-units.json' with { type: 'json' };
import type { UnitRef } from './dossier';
import { PROCEDURE_FIELDS, procedureByCode } from './procedures';

export const competentKindSchema = z.enum(['communeCommittee', 'communePolice', 'department']);
export type CompetentKind = z.infer<typeof competentKindSchema>;

const unitSchema = z.object({ code: z.string().trim().min(1).max(64), name: z.string().trim().min(1).max(200), kind: competentKindSchema }).strict();
export type CompetentUnit = z.infer<typeof unitSchema> & UnitRef;

/** Unit codes, the usual one first. */
const unitListSchema = z.array(z.string().min(1));

const fieldEntrySchema = z.object({ field: z.string().min(1), units: unitListSchema }).strict();
const procedureEntrySchema = z
  .object({
    code: z.string().regex(/^\d\.\d{6}$/, 'procedure code such as 1.002809'),
    /** For whoever edits the file; the desk names procedures from its own catalogue. */
    name: z.string().optional(),
    units: unitListSchema,
  })
  .strict();

const FIELD_CODES = new Set<string>(Object.values(PROCEDURE_FIELDS).map((f) => f.code));

type Issue = (path: (string | number)[], message: LocalizedText) => void;
const once = (values: readonly string[], at: (i: number) => (string | number)[], issue: Issue, what: LocalizedText): Set<string> => {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) issue(at(i), { vi: `${what.vi} ${value} được khai báo hai lần`, en: `${what.en} ${value} is listed twice` });
    seen.add(value);
  });
  return seen;
};

export const competentUnitCatalogueSchema = z
  .object({
    note: z.string().optional(),
    units: z.array(unitSchema).min(1),
    byField: z.array(fieldEntrySchema),
    byProcedure: z.array(procedureEntrySchema).default([]),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    const issue: Issue = (path, localized) => ctx.addIssue({ code: 'custom', path, message: localized.en, params: { localized } });
    const known = once(catalogue.units.map((u) => u.code), (i) => ['units', i, 'code'], issue, { vi: 'Đơn vị', en: 'Unit' });
    const checkUnits = (list: readonly string[], at: (string | number)[]) => {
      if (list.length === 0) issue(at, { vi: 'danh sách đơn vị không được để trống', en: 'the list of units must not be empty' });
      once(list, (j) => [...at, j], issue, { vi: 'Đơn vị', en: 'Unit' });
      list.forEach((code, j) => {
        if (!known.has(code)) issue([...at, j], { vi: `Đơn vị ${code} không có trong danh sách units`, en: `Unit ${code} is not in the units list` });
      });
    };
    once(catalogue.byField.map((f) => f.field), (i) => ['byField', i, 'field'], issue, { vi: 'Lĩnh vực', en: 'Field' });
    catalogue.byField.forEach((entry, i) => {
      if (!FIELD_CODES.has(entry.field)) issue(['byField', i, 'field'], { vi: `${entry.field} không phải lĩnh vực trong danh mục thủ tục của ứng dụng`, en: `${entry.field} is not a field of the desk's procedure catalogue` });
      checkUnits(entry.units, ['byField', i, 'units']);
    });
    once(catalogue.byProcedure.map((p) => p.code), (i) => ['byProcedure', i, 'code'], issue, { vi: 'Thủ tục', en: 'Procedure' });
    catalogue.byProcedure.forEach((entry, i) => {
      if (!procedureByCode(entry.code)) issue(['byProcedure', i, 'code'], { vi: `${entry.code} không phải thủ tục trong danh mục của ứng dụng`, en: `${entry.code} is not a procedure of the desk's catalogue` });
      checkUnits(entry.units, ['byProcedure', i, 'units']);
    });
  });
export type CompetentUnitCatalogue = z.output<typeof competentUnitCatalogueSchema>;

/** The defaults shipped with the app. */
export const BUILT_IN_COMPETENT_UNITS: CompetentUnitCatalogue = competentUnitCatalogueSchema.parse(BUILT_IN);

/** The units that may decide `procedureCode`, the usual one first; empty for an unknown procedure. */
export function competentUnitsFor(procedureCode: string, catalogue: CompetentUnitCatalogue = BUILT_IN_COMPETENT_UNITS): readonly CompetentUnit[] {
  const procedure = procedureByCode(procedureCode);
  if (!procedure) return [];
  const codes = catalogue.byProcedure.find((p) => p.code === procedure.code)?.units ?? catalogue.byField.find((f) => f.field === procedure.field.code)?.units ?? [];
  return codes.flatMap((code) => catalogue.units.filter((u) => u.code === code));
}

/**
 * The unit an intake goes to: `picked` when it is competent for `procedureCode`, the usual
 * unit when none was picked; undefined when the pick is not competent (or nobody is).
 */
export function pickedCompetentUnit(procedureCode: string, picked: string | undefined, catalogue?: CompetentUnitCatalogue): CompetentUnit | undefined {
  const units = competentUnitsFor(procedureCode, catalogue);
  return picked === undefined ? units[0] : units.find((u) => u.code === picked);
}
