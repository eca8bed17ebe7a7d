import { formatDisplayDate } from '../../shared/domain/office-time';
import { applicantRows, slipBasics, type ActionSlipProps } from './form-parts';
import { SlipDialog } from './slip-page';

/** Form 04, "Phiếu xin lỗi và hẹn lại ngày trả kết quả": the apology, the old and the new appointment, the reason. */
export function ExtensionSlip(props: ActionSlipProps<'extend_deadline'>) {
  const { dossier, action, officer } = props;
  const newDue = formatDisplayDate(action.newDueDate);
  return (
    <SlipDialog
      form="04"
      {...slipBasics(props)}
      applicantSigns={false}
      lead={`Hồ sơ của Ông/Bà chưa giải quyết được đúng hẹn. Chúng tôi thành thật xin lỗi Ông/Bà và hẹn lại ngày trả kết quả là ngày ${newDue}.`}
      rows={[
        ...applicantRows(dossier),
        { label: 'Ngày hẹn trả đã ghi', value: dossier.dueAt ? formatDisplayDate(new Date(dossier.dueAt)) : '' },
        { label: 'Ngày hẹn trả mới', value: newDue },
        { label: 'Lý do', value: action.reason },
        { label: 'Cán bộ tiếp nhận', value: officer },
      ]}
    />
  );
}
