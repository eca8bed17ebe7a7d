import type { Intake } from '../../shared/contract';
import type { Dossier } from '../../shared/domain/dossier';
import { formatDisplayDate, formatDisplayDateTime } from '../../shared/domain/office-time';
import { PROCEDURES } from '../../shared/domain/procedures';
import { usePrintSigner } from './form-signer';
import { isProvisionalCode } from '../../shared/domain/provisional-code';
import { SlipDialog } from './slip-page';
import { formatNumberVi } from '../../shared/domain/number-format';

/** What form 01 prints, from a fresh intake or from the cached dossier (a reprint). */
export interface ReceiptFacts {
  readonly dossierCode: string;
  readonly applicantName: string;
  readonly address: string;
  readonly phone: string | null;
  readonly procedure: string;
  readonly sets: number;
  readonly feeVnd: number;
  readonly receivedAt: string | null;
  readonly dueAt: string | null;
  readonly documents: readonly string[];
  /** Officer id of whoever received it, when the dossier's history says. */
  readonly receivedBy: string | null;
}

export function receiptFromIntake(intake: Intake, result: { readonly dossierCode: string; readonly dueAt: string | null }, receivedAt: string): ReceiptFacts {
  const procedure = PROCEDURES.find((p) => p.code === intake.procedureCode);
  return {
    dossierCode: result.dossierCode,
    applicantName: intake.applicant.name,
    address: intake.applicant.address,
    phone: intake.applicant.phone,
    procedure: procedure ? `${procedure.code} — ${procedure.name}` : intake.procedureCode,
    sets: intake.sets,
    feeVnd: procedure?.feeVnd ?? 0,
    receivedAt,
    dueAt: result.dueAt,
    documents: intake.documents,
    receivedBy: null,
  };
}

export function receiptFromDossier(d: Dossier): ReceiptFacts {
  const received = d.history.find((h) => h.action === 'intake' || h.action === 'accept');
  return {
    dossierCode: d.code,
    applicantName: d.applicant.name,
    address: d.applicant.address,
    phone: d.applicant.phone,
    procedure: `${d.procedure.code} — ${d.procedure.name}`,
    sets: d.sets,
    feeVnd: d.feeVnd,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    documents: [],
    receivedBy: received?.officerId ?? null,
  };
}

/** Form 01, "Phiếu tiếp nhận hồ sơ và hẹn trả kết quả". */
export function ReceiptSlipDialog({ receipt, onClose }: { readonly receipt: ReceiptFacts; readonly onClose: () => void }) {
  const officer = usePrintSigner(receipt.receivedBy);
  return (
    <SlipDialog
      form="01"
      dossierCode={receipt.dossierCode}
      officer={officer}
      onClose={onClose}
      rows={[
        { label: 'Người nộp', value: receipt.applicantName },
        { label: 'Địa chỉ', value: receipt.address },
        { label: 'Số điện thoại', value: receipt.phone ?? '' },
        { label: 'Thủ tục', value: receipt.procedure },
        { label: 'Số bộ hồ sơ', value: String(receipt.sets) },
        { label: 'Thời gian tiếp nhận', value: receipt.receivedAt ? formatDisplayDateTime(receipt.receivedAt) : '' },
        { label: 'Ngày hẹn trả kết quả', value: receipt.dueAt ? formatDisplayDate(new Date(receipt.dueAt)) : '' },
        { label: 'Lệ phí', value: `${formatNumberVi(receipt.feeVnd)} đồng` },
        { label: 'Cán bộ tiếp nhận', value: officer },
        // An offline receipt says so: the citizen must not take the TMP number for the official one.
        ...(isProvisionalCode(receipt.dossierCode)
          ? [{ label: 'Lưu ý', value: 'Mã hồ sơ trên phiếu này là mã TẠM THỜI, chưa phải mã chính thức; mã chính thức sẽ thay thế khi hồ sơ được gửi lên Cổng. Tra cứu bằng mã tạm thời vẫn được.' }]
          : []),
      ]}
      list={{ label: 'Giấy tờ đã nhận', items: receipt.documents }}
    />
  );
}
