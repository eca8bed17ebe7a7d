import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useSecurityT } from './use-security-t';

interface SignOutConfirmProps {
  readonly waiting: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asked before signing out while actions wait: they are kept, but go only when their officer signs in again. */
export function SignOutConfirm({ waiting, onConfirm, onCancel }: SignOutConfirmProps) {
  const { t } = useSecurityT();
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onCancel()} className="modal">
      <Dialog className="dialog" role="alertdialog" data-testid="sign-out-confirm">
        <Heading slot="title" className="dialog__title">
          {t('session.signOutTitle')}
        </Heading>
        <p>{t('session.signOutWaiting', { count: waiting })}</p>
        <div className="action-form__buttons">
          <Button className="button" onPress={onCancel} autoFocus>
            {t('session.stay')}
          </Button>
          <Button className="button button--secondary" onPress={onConfirm}>
            {t('session.signOutAnyway')}
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
