import type { Intake } from '../../../shared/contract';
import type { AccountKind } from '../../../shared/domain/linkage-facts';
import { PROCEDURES, type Procedure } from '../../../shared/domain/procedures';
import { addWorkingDays } from '../../../shared/domain/working-days';

export interface IntakeValues {
  kind: AccountKind;
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  procedureCode: string;
  summary: string;
  documents: string[];
  sets: number;
  vneidVerified: boolean;
  note: string;
}

export const emptyIntake: IntakeValues = {
  kind: 'citizen', name: '', idNumber: '', phone: '', email: '', address: '', procedureCode: '', summary: '', documents: [''], sets: 1, vneidVerified: false, note: '',
};

export type IntakeField = 'name' | 'address' | 'procedureCode' | 'summary' | 'documents' | 'sets';

export const procedureByCode = (code: string): Procedure | undefined => PROCEDURES.find((p) => p.code === code);

/** The appointment date (yyyy-MM-dd): the procedure's working days after today's office date. */
export const appointmentDate = (procedure: Procedure, officeToday: string): string => addWorkingDays(officeToday, procedure.workingDays);

const orNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** The contract's intake, or the required fields left empty. */
export function buildIntake(v: IntakeValues): { intake: Intake } | { missing: IntakeField[] } {
  const documents = v.documents.map((d) => d.trim()).filter((d) => d !== '');
  const missing: IntakeField[] = [];
  if (!v.name.trim()) missing.push('name');
  if (!v.address.trim()) missing.push('address');
  if (!procedureByCode(v.procedureCode)) missing.push('procedureCode');
  if (!v.summary.trim()) missing.push('summary');
  if (documents.length === 0) missing.push('documents');
  if (!Number.isInteger(v.sets) || v.sets < 1 || v.sets > 99) missing.push('sets');
  if (missing.length > 0) return { missing };
  return {
    intake: {
      procedureCode: v.procedureCode,
      applicant: { kind: v.kind, name: v.name.trim(), idNumber: orNull(v.idNumber), phone: orNull(v.phone), email: orNull(v.email), address: v.address.trim() },
      summary: v.summary.trim(),
      documents,
      sets: v.sets,
      vneidVerified: v.vneidVerified,
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
    },
  };
}
