import { useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import type { QueuedAction } from '../../../shared/contract';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { isCorrectableRejection } from '../../../shared/domain/queue-reasons';
import { hrefForParams } from '../../app/router';
import { actionKindSchema, COUNTER_ACTION_KINDS, DOSSIER_STATUS_NAMES, nextStatus } from '../../../shared/domain/dossier-status';
import { ActionForm, FailureMessage } from '../../components/actions/action-form';
import { valuesFromPayload } from '../../components/actions/action-values';
import { readCallFailure } from '../../components/actions/call-failure';
import { CallError } from '../../components/call-error';
import { useDeskMutation, useDeskQuery } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import { ConflictView } from './conflict-view';
import { historyLine } from './queue-history';
import { kindName, nextTryOf } from './queue-labels';
import { WithdrawForm } from './withdraw-form';

type Mode = 'view' | 'withdraw' | 'correct';

/** One action: payload, history, and the moves its state allows. */
export function QueueDetail({ seq, onClose }: { readonly seq: number; readonly onClose: () => void }) {
  const { t, language } = useActionsT();
  const detail = useDeskQuery('queue.get', { seq });
  const [mode, setMode] = useState<Mode>('view');
  const [done, setDone] = useState(false);
  const refresh = () => {
    setMode('view');
    setDone(true);
  };
  const retry = useDeskMutation('queue.retryNow', { onSuccess: refresh });
  const reapply = useDeskMutation('queue.reapply', { onSuccess: refresh });
  const withdraw = useDeskMutation('queue.withdraw', { onSuccess: refresh });
  const action = detail.data;
  // Re-apply is offered only when it can succeed: the kind is allowed from the portal's current status.
  const theirs = useDeskQuery('dossier.get', { code: action?.dossierCode ?? '' }, { enabled: action?.state === 'conflict' }).data?.dossier;
  const kind = action ? correctable(action) : null;
  const reapplicable = !theirs || kind === null || nextStatus(theirs.status, kind).ok;

  return (
    <Modal isOpen isDismissable onOpenChange={(isOpen) => !isOpen && onClose()} className="modal">
      <Dialog className="dialog dialog--wide" data-testid="queue-detail">
        <Heading slot="title" className="dialog__title">
          {t('queue.detailTitle', { seq })}
          {action && ` — ${kindName(action.kind, language)}`}
        </Heading>
        {detail.isError && <CallError error={detail.error} />}
        {action && (
          <>
            <dl className="queue__facts">
              <dt>{t('queue.dossier')}</dt>
              <dd className="mono">{action.dossierCode}</dd>
              <dt>{t('queue.state')}</dt>
              <dd data-testid="detail-state">{t(`queue.states.${action.state}`)}</dd>
              <dt>{t('queue.attempts')}</dt>
              <dd>{action.attempts}</dd>
            </dl>
            {action.lastError && (
              <div className="queue__reason" data-testid="portal-reason">
                <h3>{t('queue.portalReason')}</h3>
                <p>{action.lastError.message[language]}</p>
                {nextTryOf(action, t) && <p data-testid="next-try">{nextTryOf(action, t)}</p>}
                {action.lastError.detail && (
                  <details className="queue__detail">
                    <summary>{t('queue.technicalDetail')}</summary>
                    <p className="mono">{action.lastError.detail}</p>
                  </details>
                )}
              </div>
            )}
            {action.state === 'conflict' && <ConflictView action={action} />}
            {action.state === 'conflict' && !reapplicable && theirs && (
              <p data-testid="cannot-reapply">{t('queue.cannotReapply', { status: DOSSIER_STATUS_NAMES[theirs.status][language] })}</p>
            )}
            <p role="status" className="action-panel__saved">
              {done ? t('queue.done') : ''}
            </p>
            {mode === 'view' && (
              <div className="action-form__buttons">
                {(action.state === 'waiting' || action.state === 'sending') && (
                  <Button className="button" onPress={() => retry.mutate({ seq })}>
                    {t('queue.retry')}
                  </Button>
                )}
                {action.state === 'conflict' && reapplicable && (
                  <Button className="button" onPress={() => reapply.mutate({ seq })}>
                    {t('queue.reapply')}
                  </Button>
                )}
                {action.state === 'rejected' && correctable(action) && isCorrectableRejection(action.lastError) && (
                  <Button className="button" onPress={() => setMode('correct')}>
                    {t('queue.correct')}
                  </Button>
                )}
                {action.state === 'rejected' && action.kind === 'intake' && isCorrectableRejection(action.lastError) && (
                  <Button className="button" onPress={() => (window.location.hash = hrefForParams('intake', 'correct', String(seq)))}>
                    {t('queue.correct')}
                  </Button>
                )}
                {(action.state === 'waiting' || action.state === 'conflict' || action.state === 'rejected') && (
                  <Button className="button button--secondary" onPress={() => setMode('withdraw')}>
                    {t('queue.withdraw')}
                  </Button>
                )}
                <Button className="button button--secondary" onPress={onClose}>
                  {t('queue.close')}
                </Button>
              </div>
            )}
            {reapply.isError && mode === 'view' && <FailureMessage failure={readCallFailure(reapply.error)} />}
            {mode === 'withdraw' && (
              <WithdrawForm
                pending={withdraw.isPending}
                failure={withdraw.isError ? readCallFailure(withdraw.error) : null}
                onSubmit={(reason) => withdraw.mutate({ seq, reason })}
                onCancel={() => setMode('view')}
              />
            )}
            {mode === 'correct' && correctable(action) && (
              <ActionForm
                kind={correctable(action) ?? 'note'}
                initial={valuesFromPayload(action.payload)}
                submitLabel={t('queue.correct')}
                pending={reapply.isPending}
                failure={reapply.isError ? readCallFailure(reapply.error) : null}
                onSubmit={(corrected) => reapply.mutate({ seq, action: corrected })}
                onCancel={() => setMode('view')}
              />
            )}
            <h3>{t('queue.history')}</h3>
            <ol className="queue__history" data-testid="queue-history">
              {action.history.map((entry, index) => (
                <li key={`${entry.at}-${index}`}>
                  <span className="mono">{formatDisplayDateTime(entry.at)}</span> — {historyLine(entry, t, language)}
                </li>
              ))}
            </ol>
          </>
        )}
      </Dialog>
    </Modal>
  );
}

/** The counter kind a rejected action can be corrected here as (an intake is corrected in the intake form). */
function correctable(action: QueuedAction) {
  const kind = actionKindSchema.options.find((k) => k === action.kind);
  return COUNTER_ACTION_KINDS.find((k) => k === kind) ?? null;
}
