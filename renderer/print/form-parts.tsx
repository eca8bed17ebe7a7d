import type { CounterAction } from '../../shared/domain/action-kinds';
import type { Dossier } from '../../shared/domain/dossier';
import { Heading } from 'react-aria-components';
import { OFFICE_TIME_ZONE } from '../../shared/domain/office-time';

/** The forms of Circular 03/2025/TT-VPCP the desk prints, by number, with their titles. */
export const FORM_TITLES = {
  '01': 'PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  '02': 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  '03': 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  '04': 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  '05': 'PHIẾU DỪNG XỬ LÝ',
} as const;
export type FormNumber = keyof typeof FORM_TITLES;

const OFFICE_DATE_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });

/** "…, ngày 02 tháng 12 năm 2026": the place is left for the pen (the unit's locality is not configured). */
export function dateLine(at: Date): string {
  const parts = Object.fromEntries(OFFICE_DATE_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return `……………, ngày ${parts['day'] ?? '…'} tháng ${parts['month'] ?? '…'} năm ${parts['year'] ?? '…'}`;
}

/** The unit (left) and the national heading (right), the form number, the date line and the title. */
export function FormHeading({ form, unit, at }: { readonly form: FormNumber; readonly unit: string; readonly at: Date }) {
  return (
    <header className="print-page__header">
      <p className="print-page__form-number">Mẫu số {form} — Thông tư số 03/2025/TT-VPCP</p>
      <div className="print-page__heading">
        <p className="print-page__unit" data-testid="form-unit">
          {unit.toLocaleUpperCase('vi')}
        </p>
        <p className="print-page__nation">
          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          <br />
          <span className="print-page__motto">Độc lập - Tự do - Hạnh phúc</span>
        </p>
      </div>
      <p className="print-page__date-line">{dateLine(at)}</p>
      <Heading slot="title" className="print-page__title">
        {FORM_TITLES[form]}
      </Heading>
    </header>
  );
}

/** Who signs: the applicant (when the form is handed over against a signature) and the officer who acted, named. */
export function SignatureBlock({ officer, applicantSigns }: { readonly officer: string; readonly applicantSigns: boolean }) {
  return (
    <footer className="print-page__signatures">
      {applicantSigns ? (
        <p>
          <strong>Người nộp hồ sơ</strong>
          <br />
          <em>(Ký, ghi rõ họ tên)</em>
        </p>
      ) : (
        <span />
      )}
      <p data-testid="form-officer">
        <strong>Cán bộ tiếp nhận</strong>
        <br />
        <em>(Ký, ghi rõ họ tên)</em>
        <br />
        <br />
        <br />
        <strong>{officer}</strong>
      </p>
    </footer>
  );
}

/** The applicant and procedure lines forms 02–05 open with. */
export const applicantRows = (d: Dossier): { label: string; value: string }[] => [
  { label: 'Người nộp', value: d.applicant.name },
  { label: 'Địa chỉ', value: d.applicant.address },
  { label: 'Thủ tục', value: `${d.procedure.code} — ${d.procedure.name}` },
];

/** What forms 02–05 are given: the dossier, the action just recorded, and how to close. */
export interface ActionSlipProps<K extends CounterAction['kind']> {
  readonly dossier: Dossier;
  readonly action: Extract<CounterAction, { kind: K }>;
  readonly officer: string;
  readonly onClose: () => void;
}

/** What every form 02–05 hands its page: the dossier's code, who signs, how to close. */
export const slipBasics = ({ dossier, officer, onClose }: Omit<ActionSlipProps<CounterAction['kind']>, 'action'>) => ({ dossierCode: dossier.code, officer, onClose });
