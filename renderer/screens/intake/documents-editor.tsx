import { Button } from 'react-aria-components';
import { Field } from '../../components/actions/field';
import { useActionsT } from '../../i18n/actions-t';

interface DocumentsEditorProps {
  readonly documents: readonly string[];
  readonly onChange: (documents: string[]) => void;
  readonly error?: string | undefined;
}

/** The list of documents received: one field each, add and remove. */
export function DocumentsEditor({ documents, onChange, error }: DocumentsEditorProps) {
  const { t } = useActionsT();
  return (
    <fieldset className="intake__documents" aria-describedby={error ? 'documents-error' : undefined}>
      <legend className="field__label">{t('intake.documents')} *</legend>
      {documents.map((document, index) => (
        <div key={index} className="intake__document">
          <Field
            label={t('intake.documentN', { n: index + 1 })}
            value={document}
            onChange={(value) => onChange(documents.map((d, i) => (i === index ? value : d)))}
            name={`document-${index}`}
          />
          {documents.length > 1 && (
            <Button className="button button--small button--secondary" onPress={() => onChange(documents.filter((_, i) => i !== index))}>
              {t('intake.removeDocument', { n: index + 1 })}
            </Button>
          )}
        </div>
      ))}
      {error && (
        <p id="documents-error" className="field__error">
          {error}
        </p>
      )}
      <Button className="button button--secondary" onPress={() => onChange([...documents, ''])}>
        {t('intake.addDocument')}
      </Button>
    </fieldset>
  );
}
