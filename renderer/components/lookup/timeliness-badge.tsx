import type { Timeliness } from '../../../shared/contract/lookup';
import { timelinessLabel } from '../../../shared/domain/timeliness';
import type { LocalizedText } from '../../../shared/validation';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './use-localized';

/** Timeliness where the screen has its translations at hand (the dossier). */
export function TimelinessBadge({ timeliness }: { readonly timeliness: Timeliness }) {
  const { t } = useTranslation('lookup');
  return <TimelinessMark timeliness={timeliness} localized={useLocalized()} noDue={t('timeliness.noDue')} />;
}

/**
 * Early / on time / late / due today / N days left / overdue by N days, coloured by urgency.
 * No hooks: a result row draws it with the texts its list looked up once.
 */
export function TimelinessMark({ timeliness, localized, noDue }: { readonly timeliness: Timeliness; readonly localized: (text: LocalizedText) => string; readonly noDue: string }) {
  if (timeliness.kind === 'no_due_date') return <span className="badge badge--neutral">{noDue}</span>;
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
