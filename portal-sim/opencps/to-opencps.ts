import { formatWireDateTime, parseWireDateTime } from '../../shared/domain/office-time';
import type { DossierStatus } from '../../shared/domain/dossier-status';
import { HISTORY_FROM_WIRE } from '../../shared/portal/codes';
import type { DossierWire } from '../../shared/portal/dossier-wire';
import { SIM_ACTION_CODES, SIM_ACTION_NAMES, SIM_STATUS } from './site';

/** OpenCPS emits dates in two shapes; the stand-in uses both (by dossier id) so the desk must read both. */
export function opencpsDate(wire: string | null, id: number): string | null {
  if (wire === null) return null;
  if (id % 2 === 1) return wire;
  return `${wire.slice(6, 8)}/${wire.slice(4, 6)}/${wire.slice(0, 4)} ${wire.slice(8, 10)}:${wire.slice(10, 12)}:${wire.slice(12, 14)}`;
}
export const opencpsNow = (ms: number, id: number): string => opencpsDate(formatWireDateTime(new Date(ms)), id) ?? '';

/** Our wire action code → the site's code and name (back-office steps have their own). */
export function siteAction(wireCode: string): { code: string; name: string } {
  const kind = HISTORY_FROM_WIRE[wireCode as keyof typeof HISTORY_FROM_WIRE];
  if (kind === 'submitted_online') return { code: '1000', name: 'Nộp hồ sơ trực tuyến' };
  if (kind === 'intake') return { code: '1001', name: 'Tiếp nhận trực tiếp tại một cửa' };
  if (kind === undefined || kind === 'back_office') return { code: '3000', name: 'Xử lý chuyên môn' };
  return { code: SIM_ACTION_CODES[kind][0] ?? '3000', name: SIM_ACTION_NAMES[kind] };
}

/** Post-2025 addresses: street, ward (phường/xã), province — no district. */
function splitAddress(text: string): { address: string; wardName: string | null; cityName: string | null } {
  const parts = text.split(', ');
  if (parts.length < 3) return { address: text, wardName: null, cityName: null };
  return { address: parts.slice(0, -2).join(', '), wardName: parts.at(-2) ?? null, cityName: parts.at(-1) ?? null };
}

/** A dossier of the shared store as OpenCPS's DossierDetailModel would carry it. */
export function toOpencpsDossier(d: DossierWire, id: number, referenceUid: string): Record<string, unknown> {
  const status = SIM_STATUS[d.TrangThaiHoSo as DossierStatus];
  const last = d.QuaTrinhXuLy.at(-1);
  const lastAction = last ? siteAction(last.HanhDong) : null;
  const place = splitAddress(d.DiaChi);
  return {
    dossierId: id,
    referenceUid,
    dossierNo: d.MaHoSo,
    serviceCode: d.MaTTHC,
    serviceName: d.TenTTHC,
    govAgencyCode: d.DonViXuLy,
    govAgencyName: d.TenDonViXuLy ?? null,
    domainCode: d.MaLinhVuc,
    domainName: d.TenLinhVuc,
    applicantName: d.ChuHoSo,
    applicantIdType: d.LoaiDoiTuong === 2 ? 'business' : 'citizen',
    applicantIdNo: d.SoDinhDanh ?? '',
    address: place.address,
    cityCode: '',
    cityName: place.cityName,
    districtCode: '',
    districtName: '',
    wardCode: '',
    wardName: place.wardName,
    contactTelNo: d.SoDienThoai ?? '',
    contactEmail: d.Email ?? '',
    briefNote: d.TrichYeuHoSo,
    submitDate: opencpsDate(d.NgayNopHoSo, id),
    receiveDate: opencpsDate(d.NgayTiepNhan, id) ?? '',
    dueDate: opencpsDate(d.NgayHenTra, id) ?? '',
    releaseDate: opencpsDate(d.NgayTra, id) ?? '',
    finishDate: '',
    modifiedDate: opencpsDate(d.NgayCapNhat, id),
    createDate: opencpsDate(d.NgayNopHoSo, id),
    dossierStatus: status.code,
    dossierStatusText: status.text,
    dossierSubStatus: '',
    stepCode: status.step,
    stepName: status.text,
    lastActionDate: last ? opencpsDate(last.ThoiGian, id) : '',
    lastActionCode: lastAction?.code ?? '',
    lastActionName: lastAction?.name ?? '',
    lastActionUser: last?.MaCanBo ?? '',
    lastActionNote: last?.GhiChu ?? '',
    online: d.QuaTrinhXuLy[0]?.HanhDong === 'NopTrucTuyen',
    viaPostal: 0,
  };
}

export const wireMs = (wire: string): number => Date.parse(parseWireDateTime(wire) ?? '1970-01-01T00:00:00Z');
