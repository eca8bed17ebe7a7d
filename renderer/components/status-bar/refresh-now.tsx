import { Button } from 'react-aria-components';
import { useDeskMutation } from '../../desk/hooks';
import { useGlobalShortcut } from '../../hooks/use-global-shortcut';
import { useActionsT } from '../../i18n/actions-t';

/** The key that refreshes from any screen; the button names it. */
export const REFRESH_SHORTCUT = 'F5';

/** "Refresh now": pull the cache and send waiting actions at once, from any screen (button or F5). */
export function RefreshNow() {
  const { t } = useActionsT();
  const refresh = useDeskMutation('sync.now');
  const { mutate } = refresh;
  useGlobalShortcut(REFRESH_SHORTCUT, () => mutate({}));
  return (
    <Button
      className="status-bar__item status-bar__refresh"
      isPending={refresh.isPending}
      onPress={() => mutate({})}
      data-testid="refresh-now"
    >
      {t('status.refreshNow', { key: REFRESH_SHORTCUT })}
    </Button>
  );
}
