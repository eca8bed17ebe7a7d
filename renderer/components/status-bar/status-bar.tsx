import { Link, ProgressBar } from 'react-aria-components';
import type { SyncStatus } from '../../../shared/contract';
import { officeTime } from '../../../shared/domain/office-time';
import { hrefFor } from '../../app/router';
import { useActionsT, type ActionsT } from '../../i18n/actions-t';
import { formatAge, formatSecondsLeft } from './format-age';
import { RefreshNow } from './refresh-now';
import { useNow } from './use-now';
import { useSyncStatus } from './use-sync-status';
import { useCloseConfirmation } from './use-close-confirmation';
import './status-bar.css';

/** Rendered inside the header's StatusArea (role=status, aria-live=polite), on every screen. */
export function StatusBar() {
  const status = useSyncStatus();
  useCloseConfirmation(status?.waiting ?? 0);
  if (!status) return null;
  return <StatusBarView status={status} />;
}

export function StatusBarView({ status }: { readonly status: SyncStatus }) {
  const { t } = useActionsT();
  const now = useNow();
  const failed = status.conflicts + status.rejected;
  return (
    <div className="status-bar" data-testid="status-bar">
      <span className={status.online ? 'status-bar__item status-bar__online' : 'status-bar__item status-bar__offline'} data-testid="status-online">
        {connectionText(status, t)}
      </span>
      <span className="status-bar__item" data-testid="status-waiting">
        {status.waiting > 0 && status.oldestWaitingAt
          ? t('status.waiting', { count: status.waiting, age: formatAge(now - Date.parse(status.oldestWaitingAt), t) })
          : t('status.noneWaiting')}
      </span>
      {failed > 0 && (
        <Link className="status-bar__item status-bar__failed" href={hrefFor('queue')} data-testid="status-failed">
          {t('status.failed', { count: failed })}
        </Link>
      )}
      <span className="status-bar__item" data-testid="status-last-sync">
        {status.lastSyncAt ? t('status.lastSync', { time: officeTime(new Date(status.lastSyncAt)) }) : t('status.neverSynced')}
      </span>
      {status.pulling && <PullProgress pulling={status.pulling} t={t} />}
      <RefreshNow />
    </div>
  );
}

function connectionText(status: SyncStatus, t: ActionsT): string {
  if (status.online) return t('status.online');
  return status.offlineSince ? t('status.offlineSince', { time: officeTime(new Date(status.offlineSince)) }) : t('status.offline');
}

function PullProgress({ pulling, t }: { readonly pulling: NonNullable<SyncStatus['pulling']>; readonly t: ActionsT }) {
  const total = pulling.total ?? 0;
  const detail = t('status.pullingDetail', {
    rows: pulling.rows,
    total: pulling.total ?? '?',
    rate: Math.round(pulling.ratePerSecond),
    left: pulling.secondsLeft === null ? '?' : formatSecondsLeft(pulling.secondsLeft, t),
  });
  return (
    <ProgressBar
      className="status-bar__progress"
      aria-label={t('status.pulling')}
      value={pulling.rows}
      maxValue={Math.max(total, pulling.rows, 1)}
      isIndeterminate={pulling.total === null}
      valueLabel={detail}
      data-testid="status-pulling"
    >
      {({ percentage }) => (
        <>
          <span className="status-bar__progress-text">{detail}</span>
          <span className="status-bar__track">
            <span className="status-bar__fill" style={{ width: `${percentage ?? 0}%` }} />
          </span>
        </>
      )}
    </ProgressBar>
  );
}
