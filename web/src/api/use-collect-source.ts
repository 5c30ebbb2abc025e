import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch.ts';
import type { Run } from './types/sources.ts';

/**
 * POST /api/sources/{id}/collect (admin). What it stores changes every evaluation, so every cached
 * answer is refetched afterwards.
 */
export function useCollectSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sourceId: string) =>
      apiFetch<Run | { runs: Run[] }>(`/api/sources/${encodeURIComponent(sourceId)}/collect`, {
        method: 'POST',
      }),
    onSettled: () => client.invalidateQueries(),
  });
}
