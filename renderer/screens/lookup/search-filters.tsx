import { memo } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  DateField,
  DateInput,
  DateSegment,
  Disclosure,
  DisclosurePanel,
  Heading,
  Label,
} from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import type { SearchFilters as Filters } from '../../../shared/contract/lookup';
import { DOSSIER_STATUSES, DOSSIER_STATUS_NAMES, type DossierStatus } from '../../../shared/domain/dossier-status';
import { useLocalized } from '../../components/lookup/use-localized';
import { CatalogueFilters } from './catalogue-pickers';

interface SearchFiltersProps {
  readonly value: Filters;
  readonly onChange: (next: Filters) => void;
}

/** How many filters narrow the search (shown on the collapsed panel's button). */
export const activeFilterCount = (filters: Filters): number =>
  Object.values(filters).filter((v) => v !== undefined && v !== false && v !== '' && !(Array.isArray(v) && v.length === 0)).length;

const toDate = (iso: string | undefined): CalendarDate | null => (iso ? parseDate(iso) : null);
const isStatus = (value: number): value is DossierStatus => (DOSSIER_STATUSES as readonly number[]).includes(value);

/** Without the key when empty, so the query key (and the core's "any filter?" test) stay clean. */
function withField<K extends keyof Filters>(filters: Filters, key: K, value: Filters[K] | undefined): Filters {
  const next = { ...filters };
  const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[key];
  else next[key] = value;
  return next;
}

/**
 * Status (multi), field and procedure (pickers over the catalogue), received date range, due today, overdue.
 * Memoised: the (collapsed) panel's fields need not render again on every key typed
 * in the search box.
 */
export const SearchFilters = memo(function SearchFilters({ value, onChange }: SearchFiltersProps) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const count = activeFilterCount(value);
  const set = <K extends keyof Filters>(key: K, next: Filters[K] | undefined) => onChange(withField(value, key, next));
  return (
    <Disclosure className="filters" defaultExpanded={count > 0}>
      <Heading level={2} className="filters__heading">
        <Button slot="trigger" className="filters__trigger">
          {t('filters.title')}
          {count > 0 && <span className="filters__count"> — {t('filters.active', { count })}</span>}
        </Button>
      </Heading>
      <DisclosurePanel className="filters__panel">
        <CheckboxGroup
          className="filters__statuses"
          value={(value.statuses ?? []).map(String)}
          onChange={(next) => set('statuses', next.map(Number).filter(isStatus))}
        >
          <Label className="filters__label">{t('filters.statuses')}</Label>
          <div className="filters__status-options">
            {DOSSIER_STATUSES.map((status) => (
              <Checkbox key={status} value={String(status)} className="check">
                <span className="check__box" aria-hidden="true" />
                {status}. {localized(DOSSIER_STATUS_NAMES[status])}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        <div className="filters__row">
          <CatalogueFilters
            fieldCode={value.fieldCode}
            procedureCode={value.procedureCode}
            onChange={(next) => onChange(withField(withField(value, 'fieldCode', next.fieldCode), 'procedureCode', next.procedureCode))}
          />
          <DateField className="field" value={toDate(value.receivedFrom)} onChange={(d) => set('receivedFrom', d?.toString())}>
            <Label>{t('filters.receivedFrom')}</Label>
            <DateInput className="field__input field__date">{(segment) => <DateSegment segment={segment} />}</DateInput>
          </DateField>
          <DateField className="field" value={toDate(value.receivedTo)} onChange={(d) => set('receivedTo', d?.toString())}>
            <Label>{t('filters.receivedTo')}</Label>
            <DateInput className="field__input field__date">{(segment) => <DateSegment segment={segment} />}</DateInput>
          </DateField>
        </div>
        <div className="filters__row">
          <Checkbox className="check" isSelected={value.dueToday ?? false} onChange={(on) => set('dueToday', on)}>
            <span className="check__box" aria-hidden="true" />
            {t('filters.dueToday')}
          </Checkbox>
          <Checkbox className="check" isSelected={value.overdue ?? false} onChange={(on) => set('overdue', on)}>
            <span className="check__box" aria-hidden="true" />
            {t('filters.overdue')}
          </Checkbox>
          {count > 0 && (
            <Button className="button button--secondary" onPress={() => onChange({})}>
              {t('filters.clear')}
            </Button>
          )}
        </div>
      </DisclosurePanel>
    </Disclosure>
  );
});
