import type { CounterAction } from '../../shared/domain/action-kinds';
import type { Dossier } from '../../shared/domain/dossier';
import { ExtensionSlip } from './extension-slip';
import type { FormNumber } from './form-parts';
import { usePrintSigner } from './form-signer';
import { RefusalSlip } from './refusal-slip';
import { StopSlip } from './stop-slip';
import { SupplementSlip } from './supplement-slip';

/** The form the counter hands over after an action, by kind (Circular 03/2025). */
export const FORM_AFTER_ACTION: Readonly<Partial<Record<CounterAction['kind'], FormNumber>>> = {
  request_supplement: '02',
  refuse: '03',
  extend_deadline: '04',
  stop_processing: '05',
};

interface AfterActionSlipProps {
  readonly dossier: Dossier;
  readonly action: CounterAction;
  readonly onClose: () => void;
}

/** Forms 02–05 for an action just recorded, signed by the officer who recorded it; nothing for other kinds. */
export function AfterActionSlip({ dossier, action, onClose }: AfterActionSlipProps) {
  const officer = usePrintSigner();
  const props = { dossier, officer, onClose };
  switch (action.kind) {
    case 'request_supplement':
      return <SupplementSlip {...props} action={action} />;
    case 'refuse':
      return <RefusalSlip {...props} action={action} />;
    case 'extend_deadline':
      return <ExtensionSlip {...props} action={action} />;
    case 'stop_processing':
      return <StopSlip {...props} action={action} />;
    default:
      return null;
  }
}
