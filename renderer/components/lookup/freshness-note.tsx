import { useTranslation } from 'react-i18next';
import type { Freshness } from '../../../shared/contract/lookup';
import { formatDisplayDate, officeDate, officeTime } from '../../../shared/domain/office-time';

/** "Cached, refreshed 14:05" (office time), with the date when it was not today. */
export function FreshnessNote({ freshness }: { readonly freshness: Freshness | undefined }) {
  const { t } = useTranslation('lookup');
  if (!freshness) return null;
  const text = freshnessText(freshness.refreshedAt, t);
  return (
    <p className="freshness" data-testid="freshness">
      <span>{text}</span>
      <span className="freshness__counts">
        {' · '}
        {t('freshness.counts', { dossiers: freshness.dossiers.toLocaleString('vi-VN'), citizens: freshness.citizens.toLocaleString('vi-VN') })}
      </span>
    </p>
  );
}

type LookupT = ReturnType<typeof useTranslation<'lookup'>>['t'];

function freshnessText(refreshedAt: string | null, t: LookupT): string {
  if (refreshedAt === null) return t('freshness.never');
  const instant = new Date(refreshedAt);
  const time = officeTime(instant);
  if (officeDate(instant) === officeDate(new Date())) return t('freshness.refreshed', { time });
  return t('freshness.refreshedOn', { time, date: formatDisplayDate(instant) });
}
