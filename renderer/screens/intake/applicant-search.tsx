import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Field } from '../../components/actions/field';
import { useDeskQuery } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import type { AccountKind } from '../../../shared/domain/linkage-facts';

export interface PickedApplicant {
  readonly name: string;
  readonly kind: AccountKind;
}

/** Finds the applicant in the local cache (lookup.search); picking one fills the name. */
export function ApplicantSearch({ onPick }: { readonly onPick: (applicant: PickedApplicant) => void }) {
  const { t } = useActionsT();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const result = useDeskQuery('lookup.search', { text: query, filters: {}, limit: 8 }, { enabled: query !== '' });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  const people = new Map<string, PickedApplicant>();
  if (result.data?.citizen) people.set(result.data.citizen.fullName, { name: result.data.citizen.fullName, kind: result.data.citizen.kind });
  for (const row of result.data?.dossiers ?? []) if (!people.has(row.applicantName)) people.set(row.applicantName, { name: row.applicantName, kind: 'citizen' });
  return (
    <div className="intake__search">
      <Form className="intake__search-form" onSubmit={submit} role="search" aria-label={t('intake.search')}>
        <Field label={t('intake.search')} value={text} onChange={setText} />
        <Button type="submit" className="button button--secondary">
          {t('intake.pick')}
        </Button>
      </Form>
      {result.data && people.size === 0 && <p>{t('intake.noMatch')}</p>}
      {people.size > 0 && (
        <ul className="intake__people" data-testid="applicant-results">
          {[...people.values()].map((person) => (
            <li key={person.name}>
              <Button className="button button--small button--secondary" onPress={() => onPick(person)}>
                {t('intake.pick')}: {person.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
