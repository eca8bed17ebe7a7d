import { applicantRows, slipBasics, type ActionSlipProps } from './form-parts';
import { SlipDialog } from './slip-page';

/** Form 05, "Phiếu dừng xử lý": the dossier is no longer processed, and why. */
export function StopSlip(props: ActionSlipProps<'stop_processing'>) {
  const { dossier, action, officer } = props;
  return (
    <SlipDialog
      form="05"
      {...slipBasics(props)}
      applicantSigns={false}
      lead="Hồ sơ của Ông/Bà được dừng xử lý vì lý do dưới đây."
      rows={[...applicantRows(dossier), { label: 'Lý do dừng xử lý', value: action.reason }, { label: 'Cán bộ tiếp nhận', value: officer }]}
    />
  );
}
