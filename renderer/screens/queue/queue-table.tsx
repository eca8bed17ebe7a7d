import { Button } from 'react-aria-components';
import type { QueuedAction } from '../../../shared/contract';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { useActionsT } from '../../i18n/actions-t';
import { kindName, nextTryOf, reasonOf } from './queue-labels';

interface QueueTableProps {
  readonly actions: readonly QueuedAction[];
  readonly onOpen: (seq: number) => void;
}

/** One row per queued action; "Chi tiết" opens its history and what can be done with it. */
export function QueueTable({ actions, onOpen }: QueueTableProps) {
  const { t, language } = useActionsT();
  if (actions.length === 0) return <p data-testid="queue-empty">{t('queue.empty')}</p>;
  return (
    <div className="queue__scroll">
      <table className="queue__table" data-testid="queue-table">
        <caption className="visually-hidden">{t('queue.table')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('queue.kind')}</th>
            <th scope="col">{t('queue.dossier')}</th>
            <th scope="col">{t('queue.officer')}</th>
            <th scope="col">{t('queue.created')}</th>
            <th scope="col">{t('queue.attempts')}</th>
            <th scope="col">{t('queue.state')}</th>
            <th scope="col">{t('queue.reason')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('queue.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.seq} data-testid={`queue-row-${action.seq}`} data-state={action.state}>
              <td>{action.seq}</td>
              <td>{kindName(action.kind, language)}</td>
              <td className="mono">{action.dossierCode}</td>
              <td>{action.officerId}</td>
              <td>{formatDisplayDateTime(action.createdAt)}</td>
              <td>{action.attempts}</td>
              <td>
                <span className={`queue__state queue__state--${action.state}`}>{t(`queue.states.${action.state}`)}</span>
              </td>
              <td>
                {reasonOf(action, language)}
                {nextTryOf(action, t) && <span className="queue__next-try"> {nextTryOf(action, t)}</span>}
              </td>
              <td>
                <Button className="button button--small" onPress={() => onOpen(action.seq)} aria-label={`${t('queue.details')} #${action.seq}`}>
                  {t('queue.details')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
