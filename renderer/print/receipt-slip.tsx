import type { Intake } from '../../shared/contract';
import { formatDisplayDate, formatDisplayDateTime } from '../../shared/domain/office-time';
import { PROCEDURES } from '../../shared/domain/procedures';
import { isProvisionalCode } from '../../shared/domain/provisional-code';
import { useActionsT } from '../i18n/actions-t';
import { SlipDialog } from './slip-page';

interface ReceiptSlipProps {
  readonly intake: Intake;
  readonly result: { readonly dossierCode: string; readonly dueAt: string | null };
  readonly receivedAt?: string;
  readonly officer?: string;
  readonly onClose: () => void;
}

/** "Phiếu tiếp nhận và hẹn trả kết quả" for a dossier just received. */
export function ReceiptSlipDialog({ intake, result, receivedAt, officer, onClose }: ReceiptSlipProps) {
  const { t } = useActionsT();
  const procedure = PROCEDURES.find((p) => p.code === intake.procedureCode);
  return (
    <SlipDialog
      title={t('print.receiptTitle')}
      dossierCode={result.dossierCode}
      onClose={onClose}
      rows={[
        { label: 'Người nộp', value: intake.applicant.name },
        { label: 'Địa chỉ', value: intake.applicant.address },
        { label: 'Số điện thoại', value: intake.applicant.phone ?? '' },
        { label: 'Thủ tục', value: procedure ? `${procedure.code} — ${procedure.name}` : intake.procedureCode },
        { label: 'Số bộ hồ sơ', value: String(intake.sets) },
        { label: 'Thời gian tiếp nhận', value: formatDisplayDateTime(receivedAt ?? new Date().toISOString()) },
        { label: 'Ngày hẹn trả kết quả', value: result.dueAt ? formatDisplayDate(new Date(result.dueAt)) : '' },
        { label: 'Nơi nhận kết quả', value: 'Bộ phận Tiếp nhận và Trả kết quả' },
        { label: 'Lệ phí', value: `${(procedure?.feeVnd ?? 0).toLocaleString('vi-VN')} đồng` },
        { label: 'Cán bộ tiếp nhận', value: officer ?? '' },
        // An offline receipt says so: the citizen must not take the TMP number for the official one.
        ...(isProvisionalCode(result.dossierCode)
          ? [{ label: 'Lưu ý', value: 'Mã hồ sơ trên phiếu này là mã TẠM THỜI, chưa phải mã chính thức; mã chính thức sẽ thay thế khi hồ sơ được gửi lên Cổng. Tra cứu bằng mã tạm thời vẫn được.' }]
          : []),
      ]}
      list={{ label: 'Giấy tờ đã nhận', items: intake.documents }}
    />
  );
}
