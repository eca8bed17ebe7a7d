import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { documentsFor } from '../../../shared/domain/procedure-documents';
import { useLocalized } from '../../components/lookup/use-localized';
import { useActionsT } from '../../i18n/actions-t';

interface DocumentChecklistProps {
  readonly procedureCode: string;
  readonly checked: readonly string[];
  readonly onChange: (checked: string[]) => void;
}

/** The chosen procedure's usual documents, ticked off as the applicant hands them over. */
export function DocumentChecklist({ procedureCode, checked, onChange }: DocumentChecklistProps) {
  const { t } = useActionsT();
  const localized = useLocalized();
  const documents = documentsFor(procedureCode);
  if (documents.length === 0) return null;
  return (
    <CheckboxGroup className="intake__checklist" value={[...checked]} onChange={onChange} data-testid="document-checklist">
      <Label className="field__label">{t('intake.checklist')}</Label>
      {documents.map((doc) => (
        <Checkbox key={doc.id} value={doc.id} className="checkbox">
          <span className="checkbox__box" aria-hidden="true" />
          {localized(doc.name)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
