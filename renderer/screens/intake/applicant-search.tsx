import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { REVEAL_PURPOSES } from '../../../shared/contract/privacy';
import { parseChipQr } from '../../../shared/domain/chip-qr';
import { Field } from '../../components/actions/field';
import { useLocalized } from '../../components/lookup/use-localized';
import { invoke } from '../../desk/client';
import { useDeskQuery } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import type { AccountKind } from '../../../shared/domain/linkage-facts';

export interface PickedApplicant {
  readonly name: string;
  readonly kind: AccountKind;
  /** From a scanned card, or a cached record's through the audited reveal (one per pick). */
  readonly idNumber?: string;
  readonly phone?: string;
  readonly address?: string;
  /** yyyy-MM-dd. */
  readonly birthDate?: string;
}

interface Person extends PickedApplicant {
  /** The cached citizen behind the row, whose address the pick reads. */
  readonly ref?: number;
}

/**
 * Finds the applicant: a scanned chip-card QR fills name, ID number and address from the card
 * in hand at once; otherwise the local cache (lookup.search), where picking a citizen fills the
 * name and the address on record, and the full ID number and phone through one audited reveal
 * (citizen.reveal, with the intake as its purpose) — never an unmasked lookup.
 */
export function ApplicantSearch({ onPick }: { readonly onPick: (applicant: PickedApplicant) => void }) {
  const { t } = useActionsT();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [cardProblem, setCardProblem] = useState<string | undefined>(undefined);
  const localized = useLocalized();
  const result = useDeskQuery('lookup.search', { text: query, filters: {}, limit: 8 }, { enabled: query !== '' });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const card = parseChipQr(text.trim());
    // A card's QR text has "|" separators; an unreadable one says why instead of being searched as a name.
    setCardProblem(!card.ok && text.includes('|') ? localized(card.reason) : undefined);
    if (!card.ok && text.includes('|')) return;
    if (card.ok) {
      const { fullName, idNumber, address } = card.value;
      onPick({ name: fullName, kind: 'citizen', idNumber, ...(address ? { address } : {}) });
      setText('');
      return;
    }
    setQuery(text.trim());
  };
  const pick = (person: Person) => {
    if (person.ref === undefined) return onPick(person);
    const ref = person.ref;
    Promise.all([invoke('citizen.get', { ref }), invoke('citizen.reveal', { ref, reason: REVEAL_PURPOSES.intakeFromCache })]).then(
      ([detail, shown]) =>
        onPick({
          ...person, address: detail.citizen.address, idNumber: shown.idNumber,
          ...(shown.phone ? { phone: shown.phone } : {}), ...(detail.citizen.birthDate ? { birthDate: detail.citizen.birthDate } : {}),
        }),
      () => onPick(person),
    );
  };
  const people = new Map<string, Person>();
  const citizen = result.data?.citizen;
  if (citizen) people.set(citizen.fullName, { name: citizen.fullName, kind: citizen.kind, ref: citizen.ref });
  for (const row of result.data?.dossiers ?? []) if (!people.has(row.applicantName)) people.set(row.applicantName, { name: row.applicantName, kind: 'citizen' });
  return (
    <div className="intake__search">
      <Form className="intake__search-form" onSubmit={submit} role="search" aria-label={t('intake.search')}>
        <Field label={t('intake.search')} value={text} onChange={setText} error={cardProblem} />
        <Button type="submit" className="button button--secondary">
          {t('intake.pick')}
        </Button>
      </Form>
      {result.data && people.size === 0 && <p>{t('intake.noMatch')}</p>}
      {people.size > 0 && (
        <ul className="intake__people" data-testid="applicant-results">
          {[...people.values()].map((person) => (
            <li key={person.name}>
              <Button className="button button--small button--secondary" onPress={() => pick(person)}>
                {t('intake.pick')}: {person.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
