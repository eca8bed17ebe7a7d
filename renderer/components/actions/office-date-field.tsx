import { parseDate, type CalendarDate } from '@internationalized/date';
import { DateField, DateInput, DateSegment, FieldError, I18nProvider, Label } from 'react-aria-components';
import './actions.css';

interface OfficeDateFieldProps {
  readonly label: string;
  /** `yyyy-MM-dd`, or '' while empty. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly language: 'vi' | 'en';
  readonly error?: string | undefined;
  readonly isRequired?: boolean;
}

const calendarDate = (iso: string): CalendarDate | null => {
  try {
    return iso ? parseDate(iso) : null;
  } catch {
    return null;
  }
};

/** An office date typed as dd/MM/yyyy in both languages (en-GB lays English dates out the Vietnamese way). */
export function OfficeDateField({ label, value, onChange, language, error, isRequired }: OfficeDateFieldProps) {
  return (
    <I18nProvider locale={language === 'en' ? 'en-GB' : 'vi-VN'}>
      <DateField
        className="field"
        value={calendarDate(value)}
        onChange={(date) => onChange(date ? date.toString() : '')}
        isInvalid={Boolean(error)}
        isRequired={isRequired ?? false}
        validationBehavior="aria"
      >
        <Label className="field__label">
          {label}
          {isRequired && <span aria-hidden="true"> *</span>}
        </Label>
        <DateInput className="field__input">{(segment) => <DateSegment segment={segment} />}</DateInput>
        <FieldError className="field__error">{error}</FieldError>
      </DateField>
    </I18nProvider>
  );
}
