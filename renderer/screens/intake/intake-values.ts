import type { Intake } from '../../../shared/contract';
import type { AccountKind } from '../../../shared/domain/linkage-facts';
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

/** The appointment date (yyyy-MM-dd): the procedure's working days after today's office date. */
export const appointmentDate = (procedure: Procedure, officeToday: string): string => addWorkingDays(officeToday, procedure.workingDays);


/** The contract's intake, or the required fields left empty. */
export function buildIntake(v: IntakeValues): { intake: Intake } | { missing: IntakeField[] } {
  const documents = v.documents.filter((d) => !isBlank(d)).map((d) => d.trim());
  const missing: IntakeField[] = [];
  if (isBlank(v.name)) missing.push('name');
  if (isBlank(v.address)) missing.push('address');
  if (!procedureByCode(v.procedureCode)) missing.push('procedureCode');
  if (isBlank(v.summary)) missing.push('summary');
  if (documents.length === 0) missing.push('documents');
  if (!Number.isInteger(v.sets) || v.sets < 1 || v.sets > 99) missing.push('sets');
  if (missing.length > 0) return { missing };
  return {
    intake: {
      procedureCode: v.procedureCode,
      applicant: { kind: v.kind, name: v.name.trim(), idNumber: blankToNull(v.idNumber), phone: blankToNull(v.phone), email: blankToNull(v.email), address: v.address.trim() },
      summary: v.summary.trim(),
      documents,
      sets: v.sets,
      vneidVerified: v.vneidVerified,
      ...(isBlank(v.note) ? {} : { note: v.note.trim() }),
    },
  };
}
