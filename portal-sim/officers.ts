import type { OfficerRoleWire } from '../shared/portal/misc-wire';
/**
 * Training accounts. One shared password, printed in README.md: this is simulated data
 * for training, never a real credential.
 */
export const TRAINING_PASSWORD = 'taphuan@2024';

export interface Officer {
  readonly id: string;
  readonly name: string;
  readonly role: OfficerRoleWire;
  readonly unit: string;
}

export const OFFICERS: readonly Officer[] = [
  { id: 'canbo01', name: 'Nguyễn Thị Hồng Nhung', role: 'CanBo', unit: '000.00.12.H29' },
  { id: 'canbo02', name: 'Trần Văn Đức', role: 'CanBo', unit: '000.00.12.H29' },
  { id: 'canbo03', name: 'Lê Thị Ánh Tuyết', role: 'CanBo', unit: 'H15.50.05.13' },
  { id: 'giamsat01', name: 'Phạm Quốc Bảo', role: 'GiamSat', unit: '000.00.12.H29' },
  { id: 'quantri01', name: 'Hoàng Minh Đạt', role: 'QuanTri', unit: '000.00.12.H29' },
];

const BY_ID = new Map(OFFICERS.map((o) => [o.id, o]));
export const officerName = (id: string): string => BY_ID.get(id)?.name ?? (id === 'xuly01' ? 'Bộ phận chuyên môn' : id);
export const officerById = (id: string): Officer | undefined => BY_ID.get(id);
