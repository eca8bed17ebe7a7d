import { applicantRows, slipBasics, type ActionSlipProps } from './form-parts';
import { SlipDialog } from './slip-page';

/** Form 02, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": what the applicant still has to bring. */
export function SupplementSlip(props: ActionSlipProps<'request_supplement'>) {
  const { dossier, action, officer } = props;
  return (
    <SlipDialog
      form="02"
      {...slipBasics(props)}
      lead="Hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện các giấy tờ dưới đây. Đề nghị Ông/Bà nộp bổ sung tại bộ phận tiếp nhận."
      rows={[...applicantRows(dossier), { label: 'Ghi chú', value: action.note ?? '' }, { label: 'Cán bộ tiếp nhận', value: officer }]}
      list={{ label: 'Giấy tờ cần bổ sung, hoàn thiện', items: action.missingDocuments }}
    />
  );
}
