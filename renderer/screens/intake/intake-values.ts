import type { Intake } from '../../../shared/contract';
import type { AccountKind } from '../../../shared/domain/linkage-facts';
import { checkBirthDate, contactIssues, type ContactField } from '../../../shared/domain/intake-rules';
import { formatDisplayDate } from '../../../shared/domain/office-time';
import type { LocalizedText } from '../../../shared/validation';
import { documentsFor } from '../../../shared/domain/procedure-documents';
import { parseApplicantId } from '../../../shared/domain/applicant-id';
import { normalisePhone } from '../../../shared/domain/query-recognise';
import { addWorkingDays } from '../../../shared/domain/working-days';
import { blankToNull, isBlank } from '../../../shared/domain/blank';
import { procedureByCode, type Procedure } from '../../../shared/domain/procedures';

export interface IntakeValues {
  kind: AccountKind;
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  /** As typed, dd/MM/yyyy; empty when not given. */
  birthDate: string;
  procedureCode: string;
  /** The competent unit picked for the procedure; '' = its usual unit. */
  competentUnitCode: string;
  summary: string;
  documents: string[];
  /** Ids of the procedure's checklist documents ticked as received. */
  checked: string[];
  sets: number;
  vneidVerified: boolean;
  note: string;
}

export const emptyIntake: IntakeValues = {
  kind: 'citizen', name: '', idNumber: '', phone: '', email: '', address: '', birthDate: '', procedureCode: '', competentUnitCode: '', summary: '', documents: [''], checked: [], sets: 1, vneidVerified: false, note: '',
};

export type IntakeField = 'name' | 'address' | 'procedureCode' | 'summary' | 'documents' | 'sets';

/** A typed value the portal would refuse, on the field to fix. */
export interface IntakeIssue {
  readonly field: ContactField | 'birthDate';
  readonly message: LocalizedText;
}

/** The appointment date (yyyy-MM-dd): the procedure's working days after today's office date. */
export const appointmentDate = (procedure: Procedure, officeToday: string): string => addWorkingDays(officeToday, procedure.workingDays);


/** The ID number and phone as the portal stores them (no spaces, national phone form) when they parse. */
const normalisedId = (text: string): string | null => {
  const id = parseApplicantId(text);
  return id.ok ? id.value : blankToNull(text);
};
const normalisedPhone = (text: string): string | null => normalisePhone(text.trim()) ?? blankToNull(text);

/**
 * The contract's intake, or what stops it: required fields left empty, and the ID number or
 * phone the portal would refuse (shared/domain/intake-rules.ts, the rules it applies).
 * Ticked checklist documents are recorded by their Vietnamese names, before any typed ones.
 */
export function buildIntake(v: IntakeValues, officeToday: string): { intake: Intake } | { missing: IntakeField[]; issues: IntakeIssue[] } {
  const ticked = documentsFor(v.procedureCode).filter((doc) => v.checked.includes(doc.id)).map((doc) => doc.name.vi);
  const documents = [...ticked, ...v.documents.map((d) => d.trim()).filter((d) => d !== '')];
  const missing: IntakeField[] = [];
  if (isBlank(v.name)) missing.push('name');
  if (isBlank(v.address)) missing.push('address');
  if (!procedureByCode(v.procedureCode)) missing.push('procedureCode');
  if (isBlank(v.summary)) missing.push('summary');
  if (documents.length === 0) missing.push('documents');
  if (!Number.isInteger(v.sets) || v.sets < 1 || v.sets > 99) missing.push('sets');
  const issues: IntakeIssue[] = contactIssues({ kind: v.kind, idNumber: blankToNull(v.idNumber), phone: blankToNull(v.phone) }, officeToday);
  const birth = v.kind === 'organisation' || isBlank(v.birthDate) ? null : checkBirthDate(v.birthDate, officeToday);
  if (birth && !birth.ok) issues.push({ field: 'birthDate', message: birth.message });
  if (missing.length > 0 || issues.length > 0) return { missing, issues };
  return {
    intake: {
      procedureCode: v.procedureCode,
      ...(v.competentUnitCode === '' ? {} : { competentUnitCode: v.competentUnitCode }),
      applicant: { kind: v.kind, name: v.name.trim(), idNumber: normalisedId(v.idNumber), phone: normalisedPhone(v.phone), email: blankToNull(v.email), address: v.address.trim(), ...(birth?.ok ? { birthDate: birth.iso } : {}) },
      summary: v.summary.trim(),
      documents,
      sets: v.sets,
      vneidVerified: v.vneidVerified,
      ...(isBlank(v.note) ? {} : { note: v.note.trim() }),
    },
  };
}

/** The form as it was when this intake was sent (correcting a rejected one): checklist names ticked again. */
export function valuesFromIntake(intake: Intake): IntakeValues {
  const checklist = documentsFor(intake.procedureCode);
  const onList = (name: string) => checklist.some((doc) => doc.name.vi === name);
  const typed = intake.documents.filter((name) => !onList(name));
  const { applicant } = intake;
  return {
    kind: applicant.kind,
    name: applicant.name,
    idNumber: applicant.idNumber ?? '',
    phone: applicant.phone ?? '',
    email: applicant.email ?? '',
    address: applicant.address,
    birthDate: applicant.birthDate ? formatDisplayDate(applicant.birthDate) : '',
    procedureCode: intake.procedureCode,
    competentUnitCode: intake.competentUnitCode ?? '',
    summary: intake.summary,
    documents: typed.length > 0 ? typed : [''],
    checked: checklist.filter((doc) => intake.documents.includes(doc.name.vi)).map((doc) => doc.id),
    sets: intake.sets,
    vneidVerified: intake.vneidVerified,
    note: intake.note ?? '',
  };
}
