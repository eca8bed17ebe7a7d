import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The header's live region for connection and sync state (online/offline, actions
 * waiting, last sync). The sync issue renders its indicator as children; changes are
 * announced politely.
 */
export function StatusArea({ children }: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="status-area" role="status" aria-live="polite" aria-label={t('status.region')}>
      {children}
    </div>
  );
}
