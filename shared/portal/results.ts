import type { z } from 'zod';
import type { AccountKind } from '../domain/linkage-facts';
import type { Role } from '../domain/roles';
import type { PortalFields } from '../domain/action-kinds';
import type { ActionKind, CounterActionKind, DossierStatus } from '../domain/dossier-status';
import { parseWireDateTime } from '../domain/office-time';
import type { LocalizedText } from '../validation';
import type { appliedActionWireSchema } from './action-wire';
import { ACTION_FROM_WIRE, asStatus } from './codes';
import type { auditReceiptWireSchema, handlingLogWireSchema, healthWireSchema, loginResultWireSchema, OfficerRoleWire } from './misc-wire';
import { parseWireDate } from './wire-common';

/** What the portal client returns, in English names and UTC ISO instants. */
export interface PortalHealth {
  readonly time: string;
  readonly version: string;
  /** True for the training simulator. */
  readonly simulated: boolean;
}

export interface PortalSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly officer: { readonly id: string; readonly name: string; readonly role: Role; readonly unit: string };
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; store it and pass it back to continue (now or at the next sync). */
  readonly nextCursor: string;
  readonly hasMore: boolean;
  /** Rows this pull still has to deliver in all, when the portal says (drives the progress bar). */
  readonly total?: number | null;
}

export interface PullQuery {
  /** UTC ISO instant; only used when no cursor is given. */
  readonly updatedSince?: string;
  readonly cursor?: string;
  /** 1–1000, default 500. */
  readonly limit?: number;
  /** Ask for `total` (rows left) with this page: once per pull, for the progress bar. */
  readonly withTotal?: boolean;
}

export interface CounterActionInput extends PortalFields {
  readonly dossierCode: string;
  readonly kind: CounterActionKind;
  readonly expectedVersion: number;
  readonly idempotencyKey: string;
}

export interface IntakeInput {
  readonly idempotencyKey: string;
  readonly procedureCode: string;
  /** The competent unit picked at intake; absent for intakes queued before the picker existed. */
  readonly competentUnitCode?: string;
  readonly applicant: {
    readonly kind: AccountKind;
    readonly name: string;
    readonly idNumber: string | null;
    readonly phone: string | null;
    readonly email: string | null;
    readonly address: string;
  };
  readonly summary: string;
  readonly sets: number;
  readonly vneidVerified: boolean;
  readonly note?: string | null;
}

export interface AppliedAction {
  /** Number in the portal's handling log. */
  readonly logSeq: number;
  readonly dossierCode: string;
  readonly kind: ActionKind;
  readonly fromStatus: DossierStatus | null;
  readonly toStatus: DossierStatus;
  readonly version: number;
  readonly officerId: string;
  readonly at: string;
}

export interface HandlingLogEntry {
  readonly logSeq: number;
  readonly dossierCode: string;
  readonly kind: ActionKind;
  readonly officerId: string;
  readonly officerName: string;
  readonly at: string;
  readonly fromStatus: DossierStatus | null;
  readonly toStatus: DossierStatus;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly applicantName: string;
  readonly unit: string;
  readonly note: string | null;
}

export interface HandlingLog {
  /** Office day, yyyy-MM-dd. */
  readonly date: string;
  readonly unit: string;
  readonly entries: readonly HandlingLogEntry[];
}

export interface AuditHead {
  readonly officerId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly hash: string;
}

export interface AuditReceipt {
  readonly receiptId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly hash: string;
  readonly receivedAt: string;
  readonly signature: string;
}

export type ProblemReason = LocalizedText;

const instant = (wire: string): string => parseWireDateTime(wire) ?? '1970-01-01T00:00:00.000Z';
/** The portal's VaiTro codes, each mapped to one of our roles. */
const ROLE_OF_WIRE_CODE = { CanBo: 'officer', GiamSat: 'supervisor', QuanTri: 'admin' } as const satisfies Record<OfficerRoleWire, Role>;

export const healthFromWire = (w: z.infer<typeof healthWireSchema>): PortalHealth => ({ time: instant(w.time), version: w.version, simulated: w.simulated });

export const sessionFromWire = (w: z.infer<typeof loginResultWireSchema>): PortalSession => ({
  token: w.token,
  expiresAt: instant(w.expiresAt),
  officer: { id: w.CanBo.MaCanBo, name: w.CanBo.HoTen, role: ROLE_OF_WIRE_CODE[w.CanBo.VaiTro], unit: w.CanBo.DonViXuLy },
});

export const appliedFromWire = (w: z.infer<typeof appliedActionWireSchema>): AppliedAction => ({
  logSeq: w.SoThuTu,
  dossierCode: w.MaHoSo,
  kind: ACTION_FROM_WIRE[w.HanhDong],
  fromStatus: w.TrangThaiTruoc === null ? null : asStatus(w.TrangThaiTruoc),
  toStatus: asStatus(w.TrangThaiSau),
  version: w.PhienBan,
  officerId: w.MaCanBo,
  at: instant(w.ThoiGian),
});

export const handlingLogFromWire = (w: z.infer<typeof handlingLogWireSchema>): HandlingLog => ({
  date: parseWireDate(w.Ngay) ?? '1970-01-01',
  unit: w.DonViXuLy,
  entries: w.items.map((e) => ({
    logSeq: e.SoThuTu,
    dossierCode: e.MaHoSo,
    kind: ACTION_FROM_WIRE[e.HanhDong],
    officerId: e.MaCanBo,
    officerName: e.TenCanBo,
    at: instant(e.ThoiGian),
    fromStatus: e.TrangThaiTruoc === null ? null : asStatus(e.TrangThaiTruoc),
    toStatus: asStatus(e.TrangThaiSau),
    procedureCode: e.MaTTHC,
    procedureName: e.TenTTHC,
    applicantName: e.ChuHoSo,
    unit: e.DonViXuLy,
    note: e.GhiChu,
  })),
});

export const receiptFromWire = (w: z.infer<typeof auditReceiptWireSchema>): AuditReceipt => ({
  receiptId: w.receiptId,
  deviceId: w.deviceId,
  seq: w.seq,
  hash: w.hash,
  receivedAt: instant(w.receivedAt),
  signature: w.signature,
});
