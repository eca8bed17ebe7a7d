import type { Intake } from '../../../../shared/contract/actions';
import { DeskFailure } from '../../../../shared/contract/errors';
import { checkBirthDate } from '../../../../shared/domain/intake-rules';
import { formatDisplayDate, officeDayStart } from '../../../../shared/domain/office-time';
import { onlineOnlyRule, type OnlineOnlyCatalogue } from '../../../../shared/domain/online-only';
import { procedureByCode, type Procedure } from '../../../../shared/domain/procedures';

/** Results are due at the end of the office afternoon of the appointment day. */
export const endOfOfficeDay = (isoDate: string): string => new Date(officeDayStart(isoDate).getTime() + 17 * 3_600_000).toISOString();

/**
 * The intake's procedure, or why it cannot be received on paper today: not in the catalogue,
 * a birth date after today, or online-only (Directive 24), in which case the counter offers assisted online filing.
 */
export function intakeProcedure(intake: Intake, officeToday: string, onlineOnly: OnlineOnlyCatalogue | undefined): Procedure {
  const procedure = procedureByCode(intake.procedureCode);
  if (!procedure) {
    throw new DeskFailure('VALIDATION', 'Unknown procedure.', {
      issues: [{ key: 'procedureCode', message: { vi: 'Thủ tục không có trong danh mục', en: 'Procedure not in the catalogue' } }],
    });
  }
  const birthDate = intake.applicant.birthDate;
  const birth = birthDate ? checkBirthDate(formatDisplayDate(birthDate), officeToday) : null;
  if (birth && !birth.ok) {
    throw new DeskFailure('VALIDATION', birth.message.en, { message: birth.message, issues: [{ key: 'applicant.birthDate', message: birth.message }] });
  }
  const rule = onlineOnlyRule(procedure.code, officeToday, onlineOnly);
  if (rule) {
    throw new DeskFailure('VALIDATION', rule.reason.en, {
      message: rule.reason,
      onlineOnlyFrom: rule.from,
      issues: [{ key: 'procedureCode', message: rule.reason }],
    });
  }
  return procedure;
}
