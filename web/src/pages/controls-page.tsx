import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { queries } from '../api/queries.ts';
import { ControlFilters } from '../components/control-filters.tsx';
import { ControlsTable } from '../components/controls-table.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { QueryState } from '../components/query-state.tsx';
import { compact } from '../lib/search-params.ts';

const route = getRouteApi('/app/controls');

export function ControlsPage(): JSX.Element {
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const controls = useQuery(queries.controls(filters));
  return (
    <Stack>
      <PageHeader
        title="Controls"
        subtitle={
          controls.data ? `${controls.data.controls.length} controls` : 'Controls in scope and their results'
        }
      />
      <ControlFilters
        filters={filters}
        onChange={(next) => navigate({ search: () => compact(next), replace: true })}
      />
      <QueryState query={controls}>{(data) => <ControlsTable controls={data.controls} />}</QueryState>
    </Stack>
  );
}
