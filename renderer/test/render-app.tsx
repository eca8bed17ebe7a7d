import { render } from '@testing-library/react';
import { App } from '../app/app';
import { createDeskQueryClient } from '../app/query-client';

/** Renders the whole app with a fresh query cache (window.desk must be installed first). */
export function renderApp() {
  return render(<App queryClient={createDeskQueryClient()} />);
}
