import type { SupervisorReport } from '../../../shared/contract/supervisor';
import { ACTION_KIND_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { OPEN_OUTBOX_STATES } from '../../../shared/domain/outbox-states';
import { useSecurityT } from '../../components/auth/use-security-t';

const STATES = OPEN_OUTBOX_STATES;

/** Actions this PC has not delivered yet: counts by state, then each one with its reason. */
export function PendingActions({ pending }: { readonly pending: SupervisorReport['pending'] }) {
  const { t, language } = useSecurityT();
  return (
    <section aria-labelledby="report-pending">
      <h2 id="report-pending">{t('supervisor.pending')}</h2>
      <dl className="report__figures">
        {STATES.map((state) => (
          <div key={state} className="report__figure" data-testid={`pending-${state}`}>
            <dt>{t(`supervisor.${state}`)}</dt>
            <dd>{pending.counts[state]}</dd>
          </div>
        ))}
      </dl>
      {pending.items.length === 0 ? (
        <p>{t('supervisor.noPending')}</p>
      ) : (
        <div className="report__scroll">
          <table className="report__table" data-testid="pending-table">
            <thead>
              <tr>
                <th scope="col">{t('supervisor.seq')}</th>
                <th scope="col">{t('supervisor.kind')}</th>
                <th scope="col">{t('supervisor.dossier')}</th>
                <th scope="col">{t('supervisor.officer')}</th>
                <th scope="col">{t('supervisor.state')}</th>
                <th scope="col">{t('supervisor.createdAt')}</th>
                <th scope="col">{t('supervisor.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.items.map((item) => (
                <tr key={item.seq}>
                  <td>{item.seq}</td>
                  <td>{ACTION_KIND_NAMES[item.kind][language]}</td>
                  <td>{item.dossierCode}</td>
                  <td>{item.officerId}</td>
                  <td>{t(`supervisor.${item.state}`)}</td>
                  <td>{formatDisplayDateTime(item.createdAt)}</td>
                  <td>{item.reason ? item.reason[language] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
