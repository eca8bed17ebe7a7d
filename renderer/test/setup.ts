import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { defaultLanguage, setupI18n } from '../i18n';

// One i18next instance for the whole renderer; every test starts in Vietnamese.
const i18n = setupI18n();

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage(defaultLanguage);
  window.location.hash = '';
});
