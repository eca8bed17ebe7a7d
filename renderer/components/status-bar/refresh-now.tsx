import { Button } from 'react-aria-components';
import { officeTime } from '../../../shared/domain/office-time';
import { useDeskMutation } from '../../desk/hooks';
import { useGlobalShortcut } from '../../hooks/use-global-shortcut';
import { useActionsT } from '../../i18n/actions-t';

/** The key that refreshes from any screen; the button names it. */
export const REFRESH_SHORTCUT = 'F5';

/**
 * "Refresh now": pull the cache and send waiting actions at once, from any screen (button or
 * F5). The button says while it runs; the answer says when it was done, or that the portal did not answer.
 */
export function RefreshNow() {
  const { t } = useActionsT();
  const refresh = useDeskMutation('sync.now');
  const { mutate } = refresh;
  useGlobalShortcut(REFRESH_SHORTCUT, () => mutate({}));
  const done = refresh.isSuccess ? refresh.data : null;
  return (
    <>
      <Button
        className="status-bar__item status-bar__refresh"
        isPending={refresh.isPending}
        onPress={() => mutate({})}
        data-testid="refresh-now"
        data-state={refresh.isPending ? 'refreshing' : done ? 'done' : 'idle'}
      >
        {refresh.isPending ? t('status.refreshing') : t('status.refreshNow', { key: REFRESH_SHORTCUT })}
      </Button>
      {done && !refresh.isPending && (
        <span className="status-bar__item" data-testid="refresh-result" data-online={String(done.online)}>
          {done.online && done.lastSyncAt ? t('status.refreshed', { time: officeTime(new Date(done.lastSyncAt)) }) : t('status.refreshFailed')}
        </span>
      )}
    </>
  );
}
