import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useActionsT } from '../i18n/actions-t';
import { useQrDataUrl } from './use-qr';
import './print.css';

export interface SlipRow {
  readonly label: string;
  readonly value: ReactNode;
}

interface SlipPageProps {
  readonly title: string;
  readonly dossierCode: string;
  readonly rows: readonly SlipRow[];
  readonly list?: { readonly label: string; readonly items: readonly string[] };
  readonly onClose: () => void;
}

/**
 * A print-ready A4 slip, always in Vietnamese (it is handed to the citizen), shown in a
 * dialog; "In phiếu" prints only the slip (@media print hides the app).
 */
export function SlipDialog({ title, dossierCode, rows, list, onClose }: SlipPageProps) {
  const { t } = useActionsT();
  const qr = useQrDataUrl(dossierCode);
  return (
    <Modal isOpen isDismissable onOpenChange={(isOpen) => !isOpen && onClose()} className="modal print-modal">
      <Dialog className="dialog print-dialog" aria-label={title}>
        <div className="print-toolbar">
          <Button className="button" onPress={() => window.print()}>
            {t('print.print')}
          </Button>
          <Button className="button button--secondary" onPress={onClose}>
            {t('print.close')}
          </Button>
        </div>
        <article className="print-page" lang="vi" data-testid="print-page">
          <header className="print-page__header">
            <p className="print-page__nation">
              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
              <br />
              Độc lập - Tự do - Hạnh phúc
            </p>
            <Heading slot="title" className="print-page__title">
              {title}
            </Heading>
          </header>
          <div className="print-page__code">
            {qr && <img src={qr} alt={`QR ${dossierCode}`} width={120} height={120} />}
            <p>
              Mã hồ sơ: <strong className="mono">{dossierCode}</strong>
            </p>
          </div>
          <dl className="print-page__rows">
            {rows.map((row) => (
              <div key={row.label} className="print-page__row">
                <dt>{row.label}:</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
          {list && (
            <>
              <p className="print-page__list-label">{list.label}:</p>
              <ol>
                {list.items.map((item, index) => (
                  <li key={`${index}-${item}`}>{item}</li>
                ))}
              </ol>
            </>
          )}
          <footer className="print-page__signatures">
            <p>
              <strong>Người nộp hồ sơ</strong>
              <br />
              (Ký, ghi rõ họ tên)
            </p>
            <p>
              <strong>Cán bộ tiếp nhận</strong>
              <br />
              (Ký, ghi rõ họ tên)
            </p>
          </footer>
        </article>
      </Dialog>
    </Modal>
  );
}
