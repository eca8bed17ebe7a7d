import { memo } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SearchFilters as Filters } from '../../../shared/contract/lookup';
import { DOSSIER_STATUSES, isOpenStatus } from '../../../shared/domain/dossier-status';

const OPEN_STATUSES = DOSSIER_STATUSES.filter(isOpenStatus);
type Chip = 'open' | 'dueToday' | 'overdue';

const sameStatuses = (statuses: Filters['statuses']): boolean =>
  statuses?.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => statuses.includes(s));

const chipOn = (filters: Filters, chip: Chip): boolean => (chip === 'open' ? sameStatuses(filters.statuses) : filters[chip] === true);

function toggled(filters: Filters, chip: Chip, on: boolean): Filters {
  const next = { ...filters };
  if (chip === 'open') {
    if (on) next.statuses = [...OPEN_STATUSES];
    else delete next.statuses;
  } else if (on) next[chip] = true;
  else delete next[chip];
  return next;
}

/** One click each: open dossiers, due today, overdue. They set the same filters the panel does. */
export const QuickChips = memo(function QuickChips({ value, onChange }: { readonly value: Filters; readonly onChange: (next: Filters) => void }) {
  const { t } = useTranslation('lookup');
  const chips: readonly Chip[] = ['open', 'dueToday', 'overdue'];
  return (
    <div className="chips" role="group" aria-label={t('chips.label')}>
      {chips.map((chip) => (
        <ToggleButton
          key={chip}
          className="chip"
          isSelected={chipOn(value, chip)}
          onChange={(on) => onChange(toggled(value, chip, on))}
          data-testid={`chip-${chip}`}
        >
          {t(`chips.${chip}`)}
        </ToggleButton>
      ))}
    </div>
  );
});
