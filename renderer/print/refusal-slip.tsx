import { applicantRows, slipBasics, type ActionSlipProps } from './form-parts';
import { SlipDialog } from './slip-page';

/** Form 03, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", with the reason. */
export function RefusalSlip(props: ActionSlipProps<'refuse'>) {
  const { dossier, action, officer } = props;
  return (
    <SlipDialog
      form="03"
      {...slipBasics(props)}
      lead="Bộ phận tiếp nhận từ chối tiếp nhận giải quyết hồ sơ của Ông/Bà vì lý do dưới đây."
      rows={[...applicantRows(dossier), { label: 'Lý do từ chối', value: action.reason }, { label: 'Cán bộ tiếp nhận', value: officer }]}
    />
  );
}
