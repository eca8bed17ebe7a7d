import type { QueuedAction } from '../../../shared/contract';
import { DOSSIER_STATUS_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { useDeskQuery } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import { payloadFacts } from './payload-facts';

/** Theirs (the portal's current dossier, already in the cache) next to ours (the queued payload). */
export function ConflictView({ action }: { readonly action: QueuedAction }) {
  const { t, language } = useActionsT();
  const theirs = useDeskQuery('dossier.get', { code: action.dossierCode });
  const dossier = theirs.data?.dossier;
  const last = dossier?.history.at(-1);
  return (
    <div className="queue__compare" data-testid="conflict-view">
      <section>
        <h3>{t('queue.theirs')}</h3>
        {dossier && (
          <>
            <p data-testid="theirs-status">{t('queue.currentStatus', { status: DOSSIER_STATUS_NAMES[dossier.status][language], version: dossier.version })}</p>
            {last && (
              <p>
                {formatDisplayDateTime(last.at)}
                {last.note ? ` — ${last.note}` : ''}
              </p>
            )}
          </>
        )}
      </section>
      <section>
        <h3>{t('queue.ours')}</h3>
        <dl className="queue__facts" data-testid="ours-payload">
          {payloadFacts(action.kind, action.payload, t, language).map(({ label, value }) => (
            <div key={label} className="queue__fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
