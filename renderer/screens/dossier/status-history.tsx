import { useTranslation } from 'react-i18next';
import type { Dossier, HistoryAction } from '../../../shared/domain/dossier';
import { ACTION_KIND_NAMES, DOSSIER_STATUS_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { useLocalized } from '../../components/lookup/use-localized';

/** Status history: status, action, officer and office time (dd/MM/yyyy HH:mm), oldest first. */
export function StatusHistory({ history }: { readonly history: Dossier['history'] }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const actionName = (action: HistoryAction): string => {
    if (action === 'submitted_online') return t('dossier.submittedOnline');
    if (action === 'back_office') return t('dossier.backOffice');
    return localized(ACTION_KIND_NAMES[action]);
  };
  return (
    <section className="panel" aria-labelledby="dossier-history">
      <h2 id="dossier-history">{t('dossier.history')}</h2>
      {history.length === 0 ? (
        <p>{t('dossier.historyEmpty')}</p>
      ) : (
        <table className="table" data-testid="status-history">
          <thead>
            <tr>
              <th scope="col">{t('dossier.historyAt')}</th>
              <th scope="col">{t('dossier.historyStatus')}</th>
              <th scope="col">{t('dossier.historyAction')}</th>
              <th scope="col">{t('dossier.historyOfficer')}</th>
              <th scope="col">{t('dossier.historyNote')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td className="table__nowrap">{formatDisplayDateTime(entry.at)}</td>
                <td>{localized(DOSSIER_STATUS_NAMES[entry.status])}</td>
                <td>{actionName(entry.action)}</td>
                <td>{entry.officerId ?? t('dossier.none')}</td>
                <td>{entry.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
