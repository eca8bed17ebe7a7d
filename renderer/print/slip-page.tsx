import type { ReactNode } from 'react';
import { Button, Dialog, Modal } from 'react-aria-components';
import { useActionsT } from '../i18n/actions-t';
import { FORM_TITLES, FormHeading, SignatureBlock, type FormNumber } from './form-parts';
import { printedUnitName } from './form-signer';
import { useQrDataUrl } from './use-qr';
import './print.css';

export interface SlipRow {
  readonly label: string;
  readonly value: ReactNode;
}

interface SlipPageProps {
  readonly form: FormNumber;
  readonly dossierCode: string;
  /** The officer who acted, as the signature block names them. */
  readonly officer: string;
  /** A sentence addressed to the applicant, before the rows. */
  readonly lead?: string;
  readonly rows: readonly SlipRow[];
  readonly list?: { readonly label: string; readonly items: readonly string[] };
  readonly applicantSigns?: boolean;
  readonly at?: Date;
  readonly onClose: () => void;
}

/**
 * A form of Circular 03/2025 on A4, always in Vietnamese (it is handed to the citizen),
 * shown in a dialog; "In phiếu" prints only the page (@media print hides the app).
 */
export function SlipDialog({ form, dossierCode, officer, lead, rows, list, applicantSigns = true, at, onClose }: SlipPageProps) {
  const { t } = useActionsT();
  const qr = useQrDataUrl(dossierCode);
  return (
    <Modal isOpen isDismissable onOpenChange={(isOpen) => !isOpen && onClose()} className="modal print-modal">
      <Dialog className="dialog print-dialog" aria-label={`${t('print.form', { form })}: ${FORM_TITLES[form]}`}>
        <div className="print-toolbar">
          <Button className="button" onPress={() => window.print()}>
            {t('print.print')}
          </Button>
          <Button className="button button--secondary" onPress={onClose}>
            {t('print.close')}
          </Button>
        </div>
        <article className="print-page" lang="vi" data-testid="print-page" data-form={form}>
          <FormHeading form={form} unit={printedUnitName()} at={at ?? new Date()} />
          <div className="print-page__code">
            {qr && <img src={qr} alt={`QR ${dossierCode}`} width={110} height={110} />}
            <p>
              Mã hồ sơ: <strong className="mono">{dossierCode}</strong>
            </p>
          </div>
          {lead && <p className="print-page__lead">{lead}</p>}
          <dl className="print-page__rows">
            {rows.map((row) => (
              <div key={row.label} className="print-page__row">
                <dt>{row.label}:</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
          {list && list.items.length > 0 && (
            <>
              <p className="print-page__list-label">{list.label}:</p>
              <ol>
                {list.items.map((item, index) => (
                  <li key={`${index}-${item}`}>{item}</li>
                ))}
              </ol>
            </>
          )}
          <SignatureBlock officer={officer} applicantSigns={applicantSigns} />
        </article>
      </Dialog>
    </Modal>
  );
}
