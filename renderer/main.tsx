import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createDeskQueryClient } from './app/query-client';
import { setupI18n } from './i18n';
import './styles/base.css';

setupI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App queryClient={createDeskQueryClient()} />
  </StrictMode>,
);
