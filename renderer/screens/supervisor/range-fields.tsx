import { parseDate, type CalendarDate } from '@internationalized/date';
import { DateField, DateInput, DateSegment, FieldError, I18nProvider, Label } from 'react-aria-components';
import type { OfficeRange } from '../../../shared/contract/supervisor';
import { useSecurityT } from '../../components/auth/use-security-t';
import { QuickRangeButtons } from './quick-range-buttons';
import { MAX_RANGE_DAYS, type RangeProblem } from '../../../shared/domain/office-range';

interface RangeFieldsProps {
  readonly value: OfficeRange;
  readonly problem: RangeProblem | null;
  readonly onChange: (next: OfficeRange) => void;
}

/** Quick ranges, then From/To office dates, always dd/MM/yyyy (en-GB lays out English dates the Vietnamese way). */
export function RangeFields({ value, problem, onChange }: RangeFieldsProps) {
  const { t, language } = useSecurityT();
  const set = (key: keyof OfficeRange) => (date: CalendarDate | null) => {
    if (date) onChange({ ...value, [key]: date.toString() });
  };
  const message = problem === 'reversed' ? t('supervisor.rangeReversed') : t('supervisor.rangeTooLong', { days: MAX_RANGE_DAYS });
  return (
    <I18nProvider locale={language === 'en' ? 'en-GB' : 'vi-VN'}>
      <fieldset className="report-range">
        <legend>{t('supervisor.range')}</legend>
        <QuickRangeButtons value={value} onChange={onChange} />
        <DateField className="auth-field" value={parseDate(value.from)} onChange={set('from')} data-testid="range-from">
          <Label>{t('supervisor.from')}</Label>
          <DateInput className="auth-field__input report-range__date">{(segment) => <DateSegment segment={segment} />}</DateInput>
        </DateField>
        <DateField className="auth-field" value={parseDate(value.to)} onChange={set('to')} isInvalid={problem !== null} data-testid="range-to">
          <Label>{t('supervisor.to')}</Label>
          <DateInput className="auth-field__input report-range__date">{(segment) => <DateSegment segment={segment} />}</DateInput>
          <FieldError className="auth-field__error">{message}</FieldError>
        </DateField>
      </fieldset>
    </I18nProvider>
  );
}
