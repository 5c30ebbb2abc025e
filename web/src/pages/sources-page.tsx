import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { JSX } from 'react';
import { queries } from '../api/queries.ts';
import { PageHeader } from '../components/page-header.tsx';
import { QueryState } from '../components/query-state.tsx';
import { SourceCard } from '../components/source-card.tsx';

export function SourcesPage(): JSX.Element {
  const sources = useQuery(queries.sources());
  const me = useQuery(queries.me());
  const admin = me.data?.role === 'admin';
  return (
    <Stack>
      <PageHeader
        title="Sources"
        subtitle="Systems Evident collects evidence from (evident.yaml sources), and how their runs went"
      />
      {me.data && !admin && (
        <Text size="sm" c="dimmed">
          Collecting is for admins; a viewer sees the runs.
        </Text>
      )}
      <QueryState query={sources}>
        {(data) =>
          data.sources.length === 0 ? (
            <Text c="dimmed">No sources are configured in evident.yaml.</Text>
          ) : (
            data.sources.map((s) => <SourceCard key={s.id} source={s} admin={admin} />)
          )
        }
      </QueryState>
    </Stack>
  );
}
