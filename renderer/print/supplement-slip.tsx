import { applicantRows, type ActionSlipProps } from './form-parts';
import { SlipDialog } from './slip-page';

/** Form 02, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": what the applicant still has to bring. */
export function SupplementSlip({ dossier, action, officer, onClose }: ActionSlipProps<'request_supplement'>) {
  return (
    <SlipDialog
      form="02"
      dossierCode={dossier.code}
      officer={officer}
      onClose={onClose}
      lead="Hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện các giấy tờ dưới đây. Đề nghị Ông/Bà nộp bổ sung tại bộ phận tiếp nhận."
      rows={[...applicantRows(dossier), { label: 'Ghi chú', value: action.note ?? '' }, { label: 'Cán bộ tiếp nhận', value: officer }]}
      list={{ label: 'Giấy tờ cần bổ sung, hoàn thiện', items: action.missingDocuments }}
    />
  );
}
