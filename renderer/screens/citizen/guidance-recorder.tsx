import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { GuidanceRecord } from '../../../shared/contract/guidance';
import type { LinkageStatus } from '../../../shared/domain/linkage';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { CallError } from '../../components/call-error';
import { useLocalized } from '../../components/lookup/use-localized';
import { useDeskMutation } from '../../desk/hooks';

interface GuidanceRecorderProps {
  readonly citizenRef: number;
  readonly status: LinkageStatus;
  readonly recorded: GuidanceRecord | null;
  /** Called once the core has recorded it; `print` when the officer asked for the slip. */
  readonly onRecorded: (record: GuidanceRecord, print: boolean) => void;
}

/**
 * VNeID guidance as an act of its own (a walk-in may have no dossier): the state is the one
 * the desk decided, shown, never typed; printing the slip records it first, so the slip can
 * name the officer and the unit.
 */
export function GuidanceRecorder({ citizenRef, status, recorded, onRecorded }: GuidanceRecorderProps) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const record = useDeskMutation('guidance.record');
  const submit = (print: boolean) =>
    record.mutate({ ref: citizenRef, state: status.state, slipPrinted: print }, { onSuccess: (done) => onRecorded(done, print) });
  return (
    <div className="linkage__record" data-testid="guidance-record">
      <p className="note">{t('linkage.recordState', { state: localized(status.title) })}</p>
      <div className="panel__actions">
        <Button className="button" isPending={record.isPending} onPress={() => submit(true)}>
          {t('linkage.print')}
        </Button>
        <Button className="button button--secondary" isPending={record.isPending} onPress={() => submit(false)}>
          {t('linkage.recordNoPrint')}
        </Button>
      </div>
      <p role="status" className="note" data-testid="guidance-recorded">
        {recorded && t('linkage.recorded', { time: formatDisplayDateTime(recorded.recordedAt), officer: recorded.officerName })}
      </p>
      {record.isError && <CallError error={record.error} />}
    </div>
  );
}
