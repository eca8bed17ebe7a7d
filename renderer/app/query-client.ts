import { QueryClient } from '@tanstack/react-query';

/**
 * Desk calls go to the local core, not the network: a failure is a typed answer that
 * retrying will not change, and freshness comes from pushed events, not focus refetches.
 */
export function createDeskQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
