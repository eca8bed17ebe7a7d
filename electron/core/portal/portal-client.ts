import type { Citizen } from '../../../shared/domain/citizen';
import type { CounterActionKind } from '../../../shared/domain/action-kinds';
import type { Dossier } from '../../../shared/domain/dossier';
import type { LocalizedText } from '../../../shared/validation';
import type {
  AppliedAction,
  AuditHead,
  AuditReceipt,
  CounterActionInput,
  HandlingLog,
  IntakeInput,
  Page,
  PortalHealth,
  PortalSession,
  PullQuery,
} from '../../../shared/portal/results';
import type { PortalResult } from './errors';

export interface ActionOutcome {
  readonly applied: AppliedAction;
  readonly dossier: Dossier;
  /** True when the portal answered from its idempotency store (the action was applied earlier). */
  readonly replayed: boolean;
}

/**
 * The portal as the core sees it. One method per operation of api/portal.openapi.yaml,
 * except account creation, which this product must not have (Dispatch 3701/VPCP-KSTT).
 * An adapter for a gateway speaking another dialect implements this same interface.
 */
export interface PortalClient {
  getHealth(): Promise<PortalResult<PortalHealth>>;
  login(username: string, password: string): Promise<PortalResult<PortalSession>>;
  pullDossiers(token: string, query?: PullQuery): Promise<PortalResult<Page<Dossier>>>;
  pullCitizens(token: string, query?: PullQuery): Promise<PortalResult<Page<Citizen>>>;
  getDossier(token: string, code: string): Promise<PortalResult<Dossier>>;
  /** An applicant by ID number, passport number or tax/enterprise code. */
  getCitizen(token: string, idNumber: string): Promise<PortalResult<Citizen>>;
  /**
   * Dialects with no citizen registry (OpenCPS): the dossiers filed under an applicant
   * identifier, newest first. Absent: the registry (getCitizen) answers alone.
   */
  dossiersOfApplicant?(token: string, applicantIdNo: string): Promise<PortalResult<Dossier[]>>;
  /**
   * Dialects whose workflow decides per dossier what can be done next (OpenCPS nextactions):
   * why the portal would refuse this kind now, or null when it would take it. Absent: the
   * desk's status table decides alone.
   */
  refusalOf?(token: string, dossierCode: string, kind: CounterActionKind): Promise<PortalResult<LocalizedText | null>>;
  postAction(token: string, input: CounterActionInput): Promise<PortalResult<ActionOutcome>>;
  intakeDossier(token: string, input: IntakeInput): Promise<PortalResult<ActionOutcome>>;
  /** `date` is an office day, yyyy-MM-dd; `unit` defaults to the officer's unit. */
  getHandlingLog(token: string, date: string, unit?: string): Promise<PortalResult<HandlingLog>>;
  postAuditReceipt(token: string, head: AuditHead): Promise<PortalResult<AuditReceipt>>;
  /** Every head the portal has receipted for this device (the witness `desk audit verify` asks). */
  listAuditReceipts(token: string, deviceId: string): Promise<PortalResult<readonly AuditReceipt[]>>;
  /** Releases pooled connections. */
  close(): Promise<void>;
}
