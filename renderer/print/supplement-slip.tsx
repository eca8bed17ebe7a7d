import { formatDisplayDateTime } from '../../shared/domain/office-time';
import { useActionsT } from '../i18n/actions-t';
import { SlipDialog } from './slip-page';

interface SupplementSlipProps {
  readonly dossierCode: string;
  readonly applicantName: string;
  readonly procedureName: string;
  readonly missingDocuments: readonly string[];
  readonly note?: string;
  readonly officer?: string;
  readonly onClose: () => void;
}

/** "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": what the applicant still has to bring. */
export function SupplementSlipDialog({ dossierCode, applicantName, procedureName, missingDocuments, note, officer, onClose }: SupplementSlipProps) {
  const { t } = useActionsT();
  return (
    <SlipDialog
      title={t('print.supplementTitle')}
      dossierCode={dossierCode}
      onClose={onClose}
      rows={[
        { label: 'Người nộp', value: applicantName },
        { label: 'Thủ tục', value: procedureName },
        { label: 'Thời gian', value: formatDisplayDateTime(new Date().toISOString()) },
        { label: 'Nơi nộp bổ sung', value: 'Bộ phận Tiếp nhận và Trả kết quả' },
        { label: 'Ghi chú', value: note ?? '' },
        { label: 'Cán bộ tiếp nhận', value: officer ?? '' },
      ]}
      list={{ label: 'Giấy tờ cần bổ sung, hoàn thiện', items: missingDocuments }}
    />
  );
}
