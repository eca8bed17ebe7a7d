import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createDeskQueryClient } from './app/query-client';
import { setupI18n } from './i18n';
import { StorageProgressScreen } from './screens/storage-progress/storage-progress-screen';
import './styles/base.css';

setupI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The start-up window that shows storage work before the desk opens (electron/shell/storage-progress-window.ts).
const storageOnly = window.location.hash === '#storage-progress';
createRoot(root).render(<StrictMode>{storageOnly ? <StorageProgressScreen /> : <App queryClient={createDeskQueryClient()} />}</StrictMode>);
