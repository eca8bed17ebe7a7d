import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { competentUnitsFor } from '../../../shared/domain/competent-units';
import { useDeskQuery } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';

interface CompetentUnitPickerProps {
  readonly procedureCode: string;
  /** '' = the procedure's usual unit (the first listed). */
  readonly value: string;
  readonly onChange: (code: string) => void;
}

/**
 * Who will decide the dossier, chosen for the procedure and independent of this centre
 * (boundary-free receipt within the province). The units are the core's catalogue in force
 * (IT's file or the shipped one), so the picker never offers one the core would refuse.
 * Hidden until a procedure is chosen and the catalogue has arrived.
 */
export function CompetentUnitPicker({ procedureCode, value, onChange }: CompetentUnitPickerProps) {
  const { t } = useActionsT();
  const catalogue = useDeskQuery('app.info', {}).data?.competentUnits;
  const units = catalogue ? competentUnitsFor(procedureCode, catalogue) : [];
  const first = units[0];
  if (!first) return null;
  return (
    <Select className="field" selectedKey={value || first.code} onSelectionChange={(key) => onChange(String(key))}>
      <Label className="field__label">{t('intake.competentUnit')}</Label>
      <Button className="select__button" data-testid="competent-unit">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Text slot="description" className="field__hint">
        {t('intake.competentUnitHint')}
      </Text>
      <Popover className="select__popover">
        <ListBox className="select__list">
          {units.map((u) => (
            <ListBoxItem key={u.code} id={u.code} className="select__option" textValue={u.name}>
              {u.name}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
