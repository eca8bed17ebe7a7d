/**
 * The units that decide dossiers (cơ quan có thẩm quyền giải quyết) in the training
 * province, and which of them is competent for each procedure since 01/07/2025. Any
 * centre in the province receives the dossier (boundary-free receipt); the competent unit
 * is a separate fact, picked at intake. Training catalogue: check codes and competences
 * against the province's published list of procedures before production use.
 */
import type { UnitRef } from './dossier';
import { procedureByCode } from './procedures';

export type CompetentKind = 'communeCommittee' | 'communePolice' | 'department';

export interface CompetentUnit extends UnitRef {
  readonly kind: CompetentKind;
}

const unit = (code: string, name: string, kind: CompetentKind): CompetentUnit => ({ code, name, kind });

/** Commune People's Committees first: the training centre's own commune leads. */
export const COMPETENT_UNITS: readonly CompetentUnit[] = [
  unit('000.30.12.H29', 'UBND phường Ba Đình', 'communeCommittee'),
  unit('000.31.12.H29', 'UBND phường Hoàn Kiếm', 'communeCommittee'),
  unit('000.32.12.H29', 'UBND phường Cầu Giấy', 'communeCommittee'),
  unit('000.33.12.H29', 'UBND phường Tây Hồ', 'communeCommittee'),
  unit('000.40.12.H29', 'Công an phường Ba Đình', 'communePolice'),
  unit('000.42.12.H29', 'Công an phường Cầu Giấy', 'communePolice'),
  unit('000.00.20.H29', 'Sở Tư pháp thành phố Hà Nội', 'department'),
  unit('000.00.21.H29', 'Sở Nội vụ thành phố Hà Nội', 'department'),
  unit('000.00.22.H29', 'Văn phòng Đăng ký đất đai thành phố Hà Nội', 'department'),
  unit('000.00.23.H29', 'Sở Xây dựng thành phố Hà Nội', 'department'),
  unit('000.00.24.H29', 'Sở Y tế thành phố Hà Nội', 'department'),
  unit('000.00.25.H29', 'Công an thành phố Hà Nội', 'department'),
];

const byCode = (code: string): CompetentUnit => {
  const found = COMPETENT_UNITS.find((u) => u.code === code);
  if (!found) throw new Error(`competent unit ${code} missing from the catalogue`);
  return found;
};
const ofKind = (kind: CompetentKind): readonly CompetentUnit[] => COMPETENT_UNITS.filter((u) => u.kind === kind);

/** Who decides each field of the catalogue since 01/07/2025 (no districts: commune or province). */
const BY_FIELD: Readonly<Record<string, readonly CompetentUnit[]>> = {
  HT: ofKind('communeCommittee'),
  CT: ofKind('communePolice'),
  DD: [...ofKind('communeCommittee'), byCode('000.00.22.H29')],
  XD: ofKind('communeCommittee'),
  KD: ofKind('communeCommittee'),
  LD: [byCode('000.00.21.H29')],
  BTXH: ofKind('communeCommittee'),
  CTH: ofKind('communeCommittee'),
  LLTP: [byCode('000.00.20.H29')],
  GT: [byCode('000.00.23.H29')],
  ATTP: [byCode('000.00.24.H29')],
};

/** Procedures decided elsewhere than their field's usual unit. */
const BY_PROCEDURE: Readonly<Record<string, readonly CompetentUnit[]>> = {
  // Driving licences have been issued by the police since 01/03/2025.
  '1.002809': [byCode('000.00.25.H29')],
};

/** The units that may decide `procedureCode`, the usual one first; empty for an unknown procedure. */
export function competentUnitsFor(procedureCode: string): readonly CompetentUnit[] {
  const procedure = procedureByCode(procedureCode);
  if (!procedure) return [];
  return BY_PROCEDURE[procedure.code] ?? BY_FIELD[procedure.field.code] ?? [];
}

/** A competent unit by code, if `procedureCode` may be decided by it. */
export const competentUnitOf = (procedureCode: string, unitCode: string): CompetentUnit | undefined =>
  competentUnitsFor(procedureCode).find((u) => u.code === unitCode);
