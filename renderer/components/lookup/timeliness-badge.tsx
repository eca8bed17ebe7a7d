import type { Timeliness } from '../../../shared/contract/lookup';
import { timelinessLabel } from '../../../shared/domain/timeliness';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './use-localized';

/** Early / on time / late / due today / N days left / overdue by N days, coloured by urgency. */
export function TimelinessBadge({ timeliness }: { readonly timeliness: Timeliness }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  if (timeliness.kind === 'no_due_date') return <span className="badge badge--neutral">{t('timeliness.noDue')}</span>;
  return (
    <span className={`badge badge--${tone(timeliness.kind)}`} data-timeliness={timeliness.kind}>
      {localized(timelinessLabel(timeliness))}
    </span>
  );
}

function tone(kind: Exclude<Timeliness['kind'], 'no_due_date'>): 'good' | 'warn' | 'bad' | 'neutral' {
  switch (kind) {
    case 'early':
    case 'on_time':
      return 'good';
    case 'due_today':
      return 'warn';
    case 'late':
    case 'overdue':
      return 'bad';
    case 'not_due':
      return 'neutral';
  }
}
