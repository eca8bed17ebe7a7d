import { useState } from 'react';
import { Button, Dialog, Disclosure, DisclosurePanel, Heading, Modal } from 'react-aria-components';
import { ACTION_KIND_NAMES, COUNTER_ACTION_KINDS, nextStatus, type CounterActionKind, type DossierStatus } from '../../../shared/domain/dossier-status';
import type { CounterAction } from '../../../shared/domain/action-kinds';
import type { Dossier } from '../../../shared/domain/dossier';
import type { LocalizedText } from '../../../shared/validation';
import { AfterActionSlip, FORM_AFTER_ACTION } from '../../print/after-action-slips';
import { useDeskMutation } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import { ActionForm } from './action-form';
import { readCallFailure } from './call-failure';
import './actions.css';

interface ActionPanelProps {
  readonly dossierCode: string;
  /** The (projected) status: waiting actions already count. */
  readonly status: DossierStatus;
  /** The cached dossier, for the form handed over after an action (Circular 03/2025 forms 02–05). */
  readonly dossier?: Dossier;
}

/** The actions this status allows, and the others with their reasons. */
function splitByStatus(status: DossierStatus) {
  const allowed: CounterActionKind[] = [];
  const refused: Array<{ kind: CounterActionKind; reason: LocalizedText }> = [];
  for (const kind of COUNTER_ACTION_KINDS) {
    const outcome = nextStatus(status, kind);
    if (outcome.ok) allowed.push(kind);
    else refused.push({ kind, reason: outcome.reason });
  }
  return { allowed, refused };
}

/**
 * The counter actions the dossier's status allows now, as buttons; the others (disabled,
 * each with its reason) behind one "why not others?", so the allowed ones fit the screen.
 */
export function ActionPanel({ dossierCode, status, dossier }: ActionPanelProps) {
  const { t, language } = useActionsT();
  const [open, setOpen] = useState<CounterActionKind | null>(null);
  const [saved, setSaved] = useState<CounterAction | null>(null);
  const [printing, setPrinting] = useState(false);
  const form = saved ? FORM_AFTER_ACTION[saved.kind] : undefined;
  const { allowed, refused } = splitByStatus(status);
  return (
    <section className="action-panel" aria-labelledby="action-panel-title" data-testid="action-panel">
      <h2 id="action-panel-title">{t('panel.title')}</h2>
      <ul className="action-panel__list action-panel__list--allowed">
        {allowed.map((kind) => (
          <li key={kind} className="action-panel__item">
            <Button
              className="button action-panel__button"
              onPress={() => {
                setSaved(null);
                setPrinting(false);
                setOpen(kind);
              }}
            >
              {ACTION_KIND_NAMES[kind][language]}
            </Button>
          </li>
        ))}
      </ul>
      {refused.length > 0 && (
        <Disclosure className="action-panel__others">
          <Heading level={3} className="action-panel__others-heading">
            <Button slot="trigger" className="action-panel__others-trigger">
              {t('panel.whyNotOthers', { count: refused.length })}
            </Button>
          </Heading>
          <DisclosurePanel>
            <ul className="action-panel__list">
              {refused.map(({ kind, reason }) => {
                const reasonId = `action-reason-${kind}`;
                return (
                  <li key={kind} className="action-panel__item">
                    <Button className="button action-panel__button" isDisabled aria-describedby={reasonId}>
                      {ACTION_KIND_NAMES[kind][language]}
                    </Button>
                    <span id={reasonId} className="action-panel__reason">
                      {reason[language]}
                    </span>
                  </li>
                );
              })}
            </ul>
          </DisclosurePanel>
        </Disclosure>
      )}
      <p role="status" className="action-panel__saved" data-testid="action-saved">
        {saved ? `${ACTION_KIND_NAMES[saved.kind][language]}: ${t('panel.saved')}` : ''}
      </p>
      {saved && form && dossier && (
        <Button className="button" onPress={() => setPrinting(true)} data-testid="print-after-action">
          {t('print.printForm', { name: t(`print.forms.${form}`) })}
        </Button>
      )}
      {printing && saved && dossier && <AfterActionSlip dossier={dossier} action={saved} onClose={() => setPrinting(false)} />}
      {open && (
        <RecordDialog
          dossierCode={dossierCode}
          kind={open}
          onClose={() => setOpen(null)}
          onSaved={(action) => {
            setSaved(action);
            setPrinting(false);
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
  readonly onSaved: (action: CounterAction) => void;
}

function RecordDialog({ dossierCode, kind, onClose, onSaved }: RecordDialogProps) {
  const { language } = useActionsT();
  const record = useDeskMutation('action.record', {
    onSuccess: (_result, input) => onSaved(input.action),
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
