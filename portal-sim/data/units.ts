import type { UnitRef } from '../../shared/domain/dossier';
import { competentUnitsFor } from '../../shared/domain/competent-units';
import { procedureByCode } from '../../shared/domain/procedures';
import { TWO_TIER_FROM } from './places';
import type { Rng } from './rng';

/**
 * Who received and who decides a simulated dossier. From 01/07/2025 any Public
 * Administrative Service Centre of the province receives (boundary-free), and the
 * competent unit comes from the catalogue (commune People's Committee or a provincial
 * department). Before, the district's one-stop section received and the district-era
 * units decided. Receiving codes are the dossier codes' unit part (AGENCIES).
 */
const CENTRES: Readonly<Record<string, { readonly since: string; readonly before: string }>> = {
  '000.00.12.H29': { since: 'Trung tâm Phục vụ hành chính công phường Ba Đình', before: 'Bộ phận Một cửa UBND quận Ba Đình' },
  'H15.50.05.13': { since: 'Trung tâm Phục vụ hành chính công phường Cầu Giấy', before: 'Bộ phận Một cửa UBND quận Cầu Giấy' },
  '000.00.31.H29': { since: 'Trung tâm Phục vụ hành chính công phường Hoàn Kiếm', before: 'Bộ phận Một cửa UBND quận Hoàn Kiếm' },
  'H29.13.10': { since: 'Trung tâm Phục vụ hành chính công phường Tây Hồ', before: 'Bộ phận Một cửa UBND quận Tây Hồ' },
  '000.01.05.G01': { since: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội', before: 'Bộ phận Một cửa Sở Tư pháp thành phố Hà Nội' },
};

/** The receiving centre of `agency` as it was named on `day` (yyyy-MM-dd). */
export function receivingCentreOf(agency: string, day: string): UnitRef {
  const names = CENTRES[agency];
  if (!names) return { code: agency, name: '' };
  return { code: agency, name: day >= TWO_TIER_FROM ? names.since : names.before };
}

const old = (code: string, name: string): UnitRef => ({ code, name });
/** District-era deciders (before 01/07/2025), by procedure field. */
const BEFORE_BY_FIELD: Readonly<Record<string, readonly UnitRef[]>> = {
  HT: [old('000.10.12.H29', 'UBND phường Điện Biên'), old('000.11.12.H29', 'UBND phường Dịch Vọng')],
  CT: [old('000.12.12.H29', 'Công an phường Điện Biên'), old('000.13.12.H29', 'Công an phường Dịch Vọng')],
  DD: [old('000.14.12.H29', 'Chi nhánh Văn phòng Đăng ký đất đai quận Ba Đình')],
  XD: [old('000.15.12.H29', 'UBND quận Ba Đình'), old('000.16.12.H29', 'UBND quận Cầu Giấy')],
  KD: [old('000.17.12.H29', 'Phòng Tài chính - Kế hoạch quận Ba Đình')],
  LD: [old('000.00.26.H29', 'Sở Lao động - Thương binh và Xã hội thành phố Hà Nội')],
  BTXH: [old('000.18.12.H29', 'UBND quận Ba Đình')],
  CTH: [old('000.10.12.H29', 'UBND phường Điện Biên'), old('000.19.12.H29', 'Phòng Tư pháp quận Ba Đình')],
  LLTP: [old('000.00.20.H29', 'Sở Tư pháp thành phố Hà Nội')],
  GT: [old('000.00.27.H29', 'Sở Giao thông vận tải thành phố Hà Nội')],
  ATTP: [old('000.00.24.H29', 'Sở Y tế thành phố Hà Nội')],
};

/** The unit that decides `procedureCode` for a dossier made on `day`. */
export function competentUnitFor(rng: Rng, procedureCode: string, day: string): UnitRef {
  const field = procedureByCode(procedureCode)?.field.code ?? '';
  const options = day >= TWO_TIER_FROM ? competentUnitsFor(procedureCode) : (BEFORE_BY_FIELD[field] ?? []);
  const chosen = options.length > 0 ? rng.pick(options) : undefined;
  return chosen ? { code: chosen.code, name: chosen.name } : { code: '000.00.00.H29', name: 'UBND thành phố Hà Nội' };
}
