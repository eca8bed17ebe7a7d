import type { Resources } from './vi';
import { PRODUCT_NAME } from '../../shared/domain/product';

export const en: Resources = {
  app: {
    name: PRODUCT_NAME,
    tagline: 'One-stop-shop counter',
    loading: 'Starting…',
  },
  banner: {
    training: 'Training mode — simulated data, not real dossiers',
  },
  nav: {
    label: 'Main navigation',
    lookup: 'Lookup',
    intake: 'Intake',
    queue: 'Queue',
    supervisor: 'Supervisor',
    settings: 'Settings',
  },
  status: {
    region: 'Connection and sync',
  },
  lookup: {
    title: 'Dossier lookup',
  },
  queue: {
    title: 'Queue to the portal',
  },
  supervisor: {
    title: 'Supervisor',
  },
  settings: {
    title: 'Settings',
    language: 'Display language',
    languageSaving: 'Saving…',
    languageFailed: 'The language choice could not be saved.',
  },
  language: {
    vi: 'Tiếng Việt',
    en: 'English',
  },
  about: {
    title: 'About this app',
    version: 'Version',
    mode: 'Mode',
    dataDir: 'Data directory',
    portalUrl: 'Portal address',
    schemaVersion: 'Database schema version',
    timeZone: 'Office time zone',
    loading: 'Loading…',
  },
  mode: {
    training: 'Training (simulated data)',
    production: 'Production',
  },
  configError: {
    title: 'The machine configuration is not valid',
    intro: 'The app cannot work because the configuration file on this PC has errors in these entries:',
    key: 'Entry',
    problem: 'Problem',
    file: 'Configuration file',
    contact: 'Please contact IT to correct the configuration file. The app has changed no data.',
    languageLabel: 'Language',
  },
  errors: {
    title: 'That did not work',
    retry: 'Try again',
    code: 'Error code',
    codes: {
      UNKNOWN_CALL: 'The app asked for a function that does not exist.',
      FORBIDDEN_SENDER: 'The request did not come from the app window and was refused.',
      VALIDATION: 'The input is not valid.',
      UNAUTHENTICATED: 'Please sign in first.',
      FORBIDDEN_ROLE: 'Your role does not allow this.',
      OUTPUT_INVALID: 'The app received invalid data and showed nothing.',
      NOT_FOUND: 'Not found.',
      CONFLICT: 'Someone else updated the dossier first.',
      REJECTED: 'The portal refused the action.',
      OFFLINE: 'The portal cannot be reached.',
      STORAGE: 'Data could not be written on this PC.',
      CONFIG_INVALID: 'The machine configuration is not valid; please contact IT.',
      INTERNAL: 'Something went wrong; the error was logged.',
      LOCKED: 'The session is locked; enter your password to unlock it.',
      THROTTLED: 'Too many wrong passwords; please wait a moment and try again.',
    },
  },
};
