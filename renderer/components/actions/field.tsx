import { FieldError, Label, TextArea, TextField, Input } from 'react-aria-components';
import './actions.css';

interface FieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly multiline?: boolean;
  readonly isRequired?: boolean;
  readonly autoFocus?: boolean;
  readonly type?: 'text' | 'email' | 'tel';
  readonly name?: string;
  readonly inputMode?: 'numeric';
}

/** A labelled text field whose error is linked through aria-describedby (React Aria's FieldError). */
export function Field({ label, value, onChange, error, multiline, isRequired, autoFocus, type, name, inputMode }: FieldProps) {
  return (
    <TextField
      className="field"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isRequired={isRequired ?? false}
      validationBehavior="aria"
      autoFocus={autoFocus ?? false}
      {...(name ? { name } : {})}
    >
      <Label className="field__label">
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      {multiline ? <TextArea className="field__input field__input--multi" rows={3} /> : <Input className="field__input" type={type ?? 'text'} {...(inputMode ? { inputMode } : {})} />}
      <FieldError className="field__error">{error}</FieldError>
    </TextField>
  );
}
