import { useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { ACTION_KIND_NAMES, COUNTER_ACTION_KINDS, nextStatus, type CounterActionKind, type DossierStatus } from '../../../shared/domain/dossier-status';
import { useDeskMutation } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import { ActionForm } from './action-form';
import { readCallFailure } from './call-failure';
import './actions.css';

interface ActionPanelProps {
  readonly dossierCode: string;
  /** The (projected) status: waiting actions already count. */
  readonly status: DossierStatus;
}

/** Every counter action for one dossier; the ones the status forbids are disabled with the reason. */
export function ActionPanel({ dossierCode, status }: ActionPanelProps) {
  const { t, language } = useActionsT();
  const [open, setOpen] = useState<CounterActionKind | null>(null);
  const [saved, setSaved] = useState<CounterActionKind | null>(null);
  return (
    <section className="action-panel" aria-labelledby="action-panel-title" data-testid="action-panel">
      <h2 id="action-panel-title">{t('panel.title')}</h2>
      <ul className="action-panel__list">
        {COUNTER_ACTION_KINDS.map((kind) => {
          const outcome = nextStatus(status, kind);
          const reasonId = `action-reason-${kind}`;
          return (
            <li key={kind} className="action-panel__item">
              <Button
                className="button action-panel__button"
                isDisabled={!outcome.ok}
                onPress={() => {
                  setSaved(null);
                  setOpen(kind);
                }}
                {...(!outcome.ok ? { 'aria-describedby': reasonId } : {})}
              >
                {ACTION_KIND_NAMES[kind][language]}
              </Button>
              {!outcome.ok && (
                <span id={reasonId} className="action-panel__reason">
                  {outcome.reason[language]}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" className="action-panel__saved" data-testid="action-saved">
        {saved ? `${ACTION_KIND_NAMES[saved][language]}: ${t('panel.saved')}` : ''}
      </p>
      {open && (
        <RecordDialog
          dossierCode={dossierCode}
          kind={open}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setSaved(open);
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}

interface RecordDialogProps {
  readonly dossierCode: string;
  readonly kind: CounterActionKind;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

function RecordDialog({ dossierCode, kind, onClose, onSaved }: RecordDialogProps) {
  const { language } = useActionsT();
  const record = useDeskMutation('action.record', {
    onSuccess: onSaved,
  });
  return (
    <Modal isOpen isDismissable onOpenChange={(isOpen) => !isOpen && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title" className="dialog__title">
          {ACTION_KIND_NAMES[kind][language]} — <span className="mono">{dossierCode}</span>
        </Heading>
        <ActionForm
          kind={kind}
          pending={record.isPending}
          failure={record.isError ? readCallFailure(record.error) : null}
          onSubmit={(action) => record.mutate({ dossierCode, action })}
          onCancel={onClose}
        />
      </Dialog>
    </Modal>
  );
}
