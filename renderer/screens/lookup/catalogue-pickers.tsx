import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PROCEDURES, PROCEDURE_FIELDS } from '../../../shared/domain/procedures';
import { foldedContains } from '../../components/pickers/fold-filter';

interface CatalogueItem {
  readonly id: string;
  readonly name: string;
}

const FIELD_ITEMS: readonly CatalogueItem[] = Object.values(PROCEDURE_FIELDS).map((f) => ({ id: f.code, name: `${f.name} (${f.code})` }));

/** The procedures of one field (all of them when no field is chosen). */
const procedureItems = (fieldCode: string | undefined): CatalogueItem[] =>
  PROCEDURES.filter((p) => fieldCode === undefined || p.field.code === fieldCode).map((p) => ({ id: p.code, name: `${p.name} (${p.code})` }));

interface PickerProps {
  readonly label: string;
  readonly items: readonly CatalogueItem[];
  readonly value: string | undefined;
  readonly onChange: (code: string | undefined) => void;
  readonly testId: string;
}

/** A ComboBox over a catalogue: type part of the name (diacritics optional) or the code; arrows and Enter pick. */
function CataloguePicker({ label, items, value, onChange, testId }: PickerProps) {
  return (
    <ComboBox
      className="field filters__picker"
      selectedKey={value ?? null}
      onSelectionChange={(key) => onChange(typeof key === 'string' ? key : undefined)}
      defaultFilter={foldedContains}
      menuTrigger="focus"
      defaultItems={items}
      data-testid={testId}
    >
      <Label>{label}</Label>
      <Input className="field__input" />
      <Popover className="select__popover filters__picker-popover">
        <ListBox className="select__list">
          {(item: CatalogueItem) => (
            <ListBoxItem id={item.id} className="select__option" textValue={item.name}>
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

interface CatalogueFiltersProps {
  readonly fieldCode: string | undefined;
  readonly procedureCode: string | undefined;
  readonly onChange: (next: { fieldCode: string | undefined; procedureCode: string | undefined }) => void;
}

/** Field, then procedure (narrowed to the field): the desk's procedure catalogue, no codes to remember. */
export function CatalogueFilters({ fieldCode, procedureCode, onChange }: CatalogueFiltersProps) {
  const { t } = useTranslation('lookup');
  const pickField = (next: string | undefined) => {
    const keepsProcedure = next === undefined || PROCEDURES.some((p) => p.code === procedureCode && p.field.code === next);
    onChange({ fieldCode: next, procedureCode: keepsProcedure ? procedureCode : undefined });
  };
  return (
    <>
      <CataloguePicker label={t('filters.field')} items={FIELD_ITEMS} value={fieldCode} onChange={pickField} testId="filter-field" />
      <CataloguePicker
        key={fieldCode ?? 'all'}
        label={t('filters.procedure')}
        items={procedureItems(fieldCode)}
        value={procedureCode}
        onChange={(next) => onChange({ fieldCode, procedureCode: next })}
        testId="filter-procedure"
      />
    </>
  );
}
