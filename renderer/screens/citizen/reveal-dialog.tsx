import { useState } from 'react';
import { Button, Dialog, DialogTrigger, FieldError, Form, Heading, Input, Label, Modal, ModalOverlay, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RevealedCitizen } from '../../../shared/contract/privacy';
import { CallError } from '../../components/call-error';
import { useDeskMutation } from '../../desk/hooks';

export const MIN_REASON_LENGTH = 5;

interface RevealDialogProps {
  readonly citizenRef: number;
  readonly onRevealed: (revealed: RevealedCitizen) => void;
}

/** "Show ID number": asks why (audited by the core), then hands the full numbers to the view. */
export function RevealDialog({ citizenRef, onRevealed }: RevealDialogProps) {
  const { t } = useTranslation('lookup');
  const [reason, setReason] = useState('');
  const reveal = useDeskMutation('citizen.reveal');
  return (
    <DialogTrigger onOpenChange={(open) => !open && (setReason(''), reveal.reset())}>
      <Button className="button button--secondary">{t('citizen.reveal')}</Button>
      <ModalOverlay className="reveal-overlay" isDismissable>
        <Modal className="reveal-modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                onSubmit={(event) => {
                  event.preventDefault();
                  reveal.mutate(
                    { ref: citizenRef, reason: reason.trim() },
                    {
                      onSuccess: (revealed) => {
                        onRevealed(revealed);
                        close();
                      },
                    },
                  );
                }}
              >
                <Heading slot="title" className="dialog__title">
                  {t('reveal.title')}
                </Heading>
                <p>{t('reveal.explain')}</p>
                <TextField
                  className="field"
                  value={reason}
                  onChange={setReason}
                  isRequired
                  autoFocus
                  validate={(value) => (value.trim().length < MIN_REASON_LENGTH ? t('reveal.tooShort') : null)}
                >
                  <Label>{t('reveal.reason')}</Label>
                  <Input className="field__input" />
                  <Text slot="description" className="field__hint">
                    {t('reveal.reasonHint')}
                  </Text>
                  <FieldError className="field__error" />
                </TextField>
                {reveal.isError && <CallError error={reveal.error} />}
                <div className="dialog__buttons">
                  <Button className="button button--secondary" onPress={close}>
                    {t('reveal.cancel')}
                  </Button>
                  <Button type="submit" className="button" isDisabled={reveal.isPending}>
                    {t('reveal.submit')}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
