import { useTranslation } from 'react-i18next';
import { PROBLEM_STATES, type LinkageState } from '../../../shared/domain/linkage';
import { LINKAGE_STATE_NAMES } from '../../../shared/domain/linkage-states';
import type { LocalizedText } from '../../../shared/validation';
import { useLocalized } from './use-localized';

/** The applicant's VNeID state where the screen has its translations at hand (the dossier). */
export function LinkageChip({ state }: { readonly state: LinkageState }) {
  const { t } = useTranslation('lookup');
  return <LinkageBadge state={state} localized={useLocalized()} title={t('linkage.title')} />;
}

/**
 * The state by its one name, coloured by whether it keeps them from the portal; a cut name
 * keeps its whole text in the title and for screen readers. No hooks: a result row draws it
 * with the texts its list looked up once.
 */
export function LinkageBadge({ state, localized, title }: { readonly state: LinkageState; readonly localized: (text: LocalizedText) => string; readonly title: string }) {
  const name = localized(LINKAGE_STATE_NAMES[state]);
  return (
    <span className={`badge badge--chip badge--${PROBLEM_STATES.has(state) ? 'warn' : 'good'}`} data-linkage={state} title={name}>
      <span className="visually-hidden">{title}: </span>
      {name}
    </span>
  );
}
