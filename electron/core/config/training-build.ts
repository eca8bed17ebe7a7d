import type { FieldIssue } from '../../../shared/validation';

/** The counter build ships without the simulator: a PC without a production config is told what IT must set. */
export const NO_TRAINING_IN_THIS_BUILD: FieldIssue = {
  key: 'mode',
  message: {
    vi: 'bản cài đặt này không có chế độ tập huấn: đặt "mode": "production" và portal.baseUrl (Hướng dẫn CNTT, mục 3)',
    en: 'this build has no training mode: set "mode": "production" and portal.baseUrl (IT guide, section 3)',
  },
};
