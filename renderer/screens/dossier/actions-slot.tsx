import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../shared/contract/lookup';

export interface DossierActionsSlotProps {
  readonly detail: DossierDetail;
}

/**
 * SLOT for the counter-actions feature: this PC's waiting actions and the action forms
 * for the open dossier. The counter-actions engineer replaces this component (same
 * name and props); the dossier view renders it below the dossier's details.
 */
export function DossierActionsSlot({ detail }: DossierActionsSlotProps) {
  const { t } = useTranslation('lookup');
  return (
    <section className="panel" aria-labelledby="dossier-actions" data-slot="dossier-actions" data-dossier={detail.dossier.code}>
      <h2 id="dossier-actions">{t('dossier.actions')}</h2>
      <p className="panel__muted">{t('dossier.actionsPending')}</p>
    </section>
  );
}
