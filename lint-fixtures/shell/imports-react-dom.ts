import { createRoot } from 'react-dom/client';
export const r = createRoot;
