import { useTranslation } from 'react-i18next';
import { PROBLEM_STATES, type LinkageState } from '../../../shared/domain/linkage';
import { LINKAGE_STATE_NAMES } from '../../../shared/domain/linkage-states';
import { useLocalized } from './use-localized';

/**
 * The applicant's VNeID state by its one name, coloured by whether it keeps them from the
 * portal; a cut name keeps its whole text in the title and for screen readers.
 */
export function LinkageChip({ state }: { readonly state: LinkageState }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const name = localized(LINKAGE_STATE_NAMES[state]);
  return (
    <span className={`badge badge--chip badge--${PROBLEM_STATES.has(state) ? 'warn' : 'good'}`} data-linkage={state} title={name}>
      <span className="visually-hidden">{t('linkage.title')}: </span>
      {name}
    </span>
  );
}
