import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../shared/contract/lookup';
import { ACTION_KIND_NAMES, type ActionKind } from '../../../shared/domain/dossier-status';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { ActionPanel } from '../../components/actions/action-panel';
import { useActionsT } from '../../i18n/actions-t';
import { ReceiptSlipDialog, receiptFromDossier } from '../../print/receipt-slip';

export interface DossierActionsSlotProps {
  readonly detail: DossierDetail;
}

const kindName = (kind: string, language: 'vi' | 'en'): string =>
  kind in ACTION_KIND_NAMES ? ACTION_KIND_NAMES[kind as ActionKind][language] : kind;

/**
 * This PC's unconfirmed actions on the open dossier (overlaid on the portal's data), and
 * the counter-action forms, which act on the status those actions lead to.
 */
export function DossierActionsSlot({ detail }: DossierActionsSlotProps) {
  const { t, i18n } = useTranslation('lookup');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const actionsT = useActionsT().t;
  const [reprinting, setReprinting] = useState(false);
  const { dossier } = detail;
  return (
    <>
      {dossier.receivedAt !== null && (
        <Button className="button button--secondary" onPress={() => setReprinting(true)} data-testid="reprint-receipt">
          {actionsT('print.reprintReceipt')}
        </Button>
      )}
      {reprinting && <ReceiptSlipDialog receipt={receiptFromDossier(dossier)} onClose={() => setReprinting(false)} />}
      {detail.pending.length > 0 && (
        <section className="panel" aria-labelledby="dossier-pending" data-testid="dossier-pending">
          <h2 id="dossier-pending">{t('dossier.pendingTitle')}</h2>
          <ul>
            {detail.pending.map((p) => (
              <li key={p.seq}>
                {kindName(p.kind, language)} — {t(`dossier.pendingState.${p.state}`)} — {formatDisplayDateTime(p.createdAt)} — {p.officerId}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ActionPanel dossierCode={dossier.code} status={detail.projectedStatus} dossier={dossier} />
    </>
  );
}
