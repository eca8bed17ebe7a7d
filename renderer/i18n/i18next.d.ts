import 'i18next';
import type { LookupResources } from './lookup.vi';
import type { vi } from './vi';

// Makes t('...') keys type-checked against the Vietnamese resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi; lookup: LookupResources };
  }
}
