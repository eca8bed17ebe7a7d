import type { StorageResources } from '../screens/storage-progress/use-storage-t';
import { PRODUCT_NAME } from '../../shared/domain/product';

/** English for the "storage" namespace; same keys as storage.vi.ts. */
export const storageEn: StorageResources = {
  title: 'Preparing the data on this PC',
  intro: {
    reencrypt: `${PRODUCT_NAME} is moving the database on this PC to its new encryption. Dossiers, citizens and actions waiting to be sent are kept as they are.`,
    migrate: `${PRODUCT_NAME} is updating the database on this PC for the new version. Dossiers, citizens and actions waiting to be sent are kept as they are.`,
  },
  keepOn: 'Please do not turn the PC off. If it is turned off part-way, the next start carries on without losing data.',
  steps: {
    copy: 'Copying the database',
    encrypt: 'Re-encrypting the copy',
    check: "Checking the copy's record counts",
    swap: 'Replacing the old file with the new one',
    migrate: 'Updating the data structure',
  },
  stepOf: 'Step {{n}} of {{total}}: {{step}}',
  starting: 'Starting…',
  finished: `Done. Opening ${PRODUCT_NAME}…`,
  progressLabel: 'Data preparation progress',
};
