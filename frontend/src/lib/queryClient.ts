import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isTransient, isUnauthenticated } from './errors';

interface Options {
  /** Called whenever any query or mutation fails with UNAUTHENTICATED (session expired or revoked). */
  onUnauthenticated?: (client: QueryClient) => void;
}

export function createQueryClient({ onUnauthenticated }: Options = {}): QueryClient {
  const handle = (error: unknown): void => {
    if (isUnauthenticated(error)) onUnauthenticated?.(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Only retry what may succeed on a second try (network blips, 5xx); a FORBIDDEN stays FORBIDDEN.
        retry: (failureCount, error) => isTransient(error) && failureCount < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
