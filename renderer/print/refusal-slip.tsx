import { applicantRows, type ActionSlipProps } from './form-parts';
import { SlipDialog } from './slip-page';

/** Form 03, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", with the reason. */
export function RefusalSlip({ dossier, action, officer, onClose }: ActionSlipProps<'refuse'>) {
  return (
    <SlipDialog
      form="03"
      dossierCode={dossier.code}
      officer={officer}
      onClose={onClose}
      lead="Bộ phận tiếp nhận từ chối tiếp nhận giải quyết hồ sơ của Ông/Bà vì lý do dưới đây."
      rows={[...applicantRows(dossier), { label: 'Lý do từ chối', value: action.reason }, { label: 'Cán bộ tiếp nhận', value: officer }]}
    />
  );
}
