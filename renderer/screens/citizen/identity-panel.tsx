import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CitizenDetail } from '../../../shared/contract/lookup';
import type { RevealedCitizen } from '../../../shared/contract/privacy';
import { LEAP_DAY_BIRTHDAY_CONVENTION } from '../../../shared/domain/age';
import { formatDisplayDate } from '../../../shared/domain/office-time';
import { useLocalized } from '../../components/lookup/use-localized';
import { Facts } from '../dossier/dossier-fields';
import { RevealDialog } from './reveal-dialog';

/**
 * Who the applicant is. The ID, phone and e-mail arrive masked and stay so until the officer reveals them
 * (audited); the full numbers live only in this component's state, so leaving the view
 * hides them again.
 */
export function IdentityPanel({ detail }: { readonly detail: CitizenDetail }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const [revealed, setRevealed] = useState<RevealedCitizen | null>(null);
  const c = detail.citizen;
  const leapDay = c.birthDate?.endsWith('-02-29') ?? false;
  return (
    <section className="panel" aria-labelledby="citizen-identity">
      <h2 id="citizen-identity">{t('citizen.identity')}</h2>
      <Facts
        testId="citizen-identity"
        items={[
          [t('citizen.fullName'), c.fullName],
          [t('citizen.kind'), t(`kind.${c.kind}`)],
          [
            t('citizen.idNumber'),
            <span className="mono" data-testid="citizen-id">
              {revealed?.idNumber ?? detail.idNumberMasked}
            </span>,
          ],
          [t('citizen.birthDate'), c.birthDate ? formatDisplayDate(c.birthDate) : null],
          [
            t('citizen.age'),
            detail.ageToday === null ? null : (
              <>
                {t('citizen.ageValue', { count: detail.ageToday })}
                {leapDay && <span className="note" data-testid="leap-day-note"> {localized(LEAP_DAY_BIRTHDAY_CONVENTION)}</span>}
              </>
            ),
          ],
          [t('citizen.gender'), c.gender ? t(`citizen.${c.gender}`) : null],
          [t('citizen.nationality'), c.nationality],
          [t('citizen.address'), c.address],
          [t('citizen.phone'), revealed ? revealed.phone : detail.phoneMasked],
          [t('citizen.email'), revealed ? revealed.email : c.email],
        ]}
      />
      <div className="panel__actions">
        {revealed ? (
          <>
            <p className="note">{t('citizen.revealed')}</p>
            <Button className="button button--secondary" onPress={() => setRevealed(null)}>
              {t('citizen.hide')}
            </Button>
          </>
        ) : (
          <RevealDialog citizenRef={detail.ref} onRevealed={setRevealed} />
        )}
      </div>
    </section>
  );
}
