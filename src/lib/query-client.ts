import { QueryClient } from '@tanstack/react-query';

/** Built files are immutable per content hash: never stale, no refetch on focus, one retry. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        retry: 1,
        structuralSharing: false,
      },
    },
  });
}
