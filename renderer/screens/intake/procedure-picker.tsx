import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { PROCEDURES } from '../../../shared/domain/procedures';
import { useActionsT } from '../../i18n/actions-t';
import { foldedContains } from '../../components/pickers/fold-filter';

interface ProcedurePickerProps {
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly error?: string | undefined;
}

/** Searchable list of the procedures the desk knows (code + name; diacritics optional). */
export function ProcedurePicker({ value, onChange, error }: ProcedurePickerProps) {
  const { t } = useActionsT();
  return (
    <ComboBox
      className="field"
      selectedKey={value || null}
      onSelectionChange={(key) => onChange(typeof key === 'string' ? key : '')}
      isInvalid={Boolean(error)}
      isRequired
      validationBehavior="aria"
      menuTrigger="focus"
      defaultFilter={foldedContains}
      defaultItems={PROCEDURES.map((p) => ({ id: p.code, name: `${p.code} — ${p.name}` }))}
    >
      <Label className="field__label">{t('intake.procedure')} *</Label>
      <Input className="field__input" />
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="select__popover intake__procedures">
        <ListBox className="select__list">
          {(item: { id: string; name: string }) => (
            <ListBoxItem id={item.id} className="select__option" textValue={item.name}>
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
