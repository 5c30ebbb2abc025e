import { Group, Pagination, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { queries } from '../api/queries.ts';
import { EvidenceFilters } from '../components/evidence-filters.tsx';
import { EvidenceTable } from '../components/evidence-table.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { QueryState } from '../components/query-state.tsx';
import { compact } from '../lib/search-params.ts';

const route = getRouteApi('/app/evidence');
const PAGE_SIZE = 50;

export function EvidencePage(): JSX.Element {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const { page: _, ...filters } = search;
  const evidence = useQuery(
    queries.evidence({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const total = evidence.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack>
      <PageHeader title="Evidence" subtitle="Every record in the ledger, newest event first" />
      <EvidenceFilters
        search={search}
        onChange={(next) => navigate({ search: () => compact(next), replace: true })}
      />
      <QueryState query={evidence}>
        {(data) => (
          <Stack>
            <Text size="sm" c="dimmed" data-testid="evidence-total">
              {data.total} records
            </Text>
            <EvidenceTable items={data.items} />
            {pages > 1 && (
              <Group justify="center">
                <Pagination
                  total={pages}
                  value={page}
                  onChange={(p) =>
                    navigate({ search: () => compact({ ...search, page: p > 1 ? p : undefined }) })
                  }
                  data-testid="evidence-pagination"
                />
              </Group>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
