import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Freshness } from '../../../shared/contract/lookup';
import { formatDisplayDate, officeDate, officeTime } from '../../../shared/domain/office-time';
import { formatNumberVi } from '../../../shared/domain/number-format';

/** "Cached, refreshed 14:05" (office time), with the date when it was not today. Memoised: the search box re-renders its screen on every key. */
export const FreshnessNote = memo(function FreshnessNote({ freshness }: { readonly freshness: Freshness | undefined }) {
  const { t } = useTranslation('lookup');
  if (!freshness) return null;
  const text = freshnessText(freshness.refreshedAt, t);
  return (
    <p className="freshness" data-testid="freshness">
      <span>{text}</span>
      <span className="freshness__counts">
        {' · '}
        {t('freshness.counts', { dossiers: formatNumberVi(freshness.dossiers), citizens: formatNumberVi(freshness.citizens) })}
      </span>
    </p>
  );
});

type LookupT = ReturnType<typeof useTranslation<'lookup'>>['t'];

function freshnessText(refreshedAt: string | null, t: LookupT): string {
  if (refreshedAt === null) return t('freshness.never');
  const instant = new Date(refreshedAt);
  const time = officeTime(instant);
  if (officeDate(instant) === officeDate(new Date())) return t('freshness.refreshed', { time });
  return t('freshness.refreshedOn', { time, date: formatDisplayDate(instant) });
}
