import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { queries } from '../api/queries.ts';
import { ArtifactsTable } from '../components/artifacts-table.tsx';
import { EvidenceTimes } from '../components/evidence-times.tsx';
import { JsonView } from '../components/json-view.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ProofPanel } from '../components/proof-panel.tsx';
import { QueryState } from '../components/query-state.tsx';

const route = getRouteApi('/app/evidence/$evidenceId');

export function EvidenceItemPage(): JSX.Element {
  const { evidenceId } = route.useParams();
  const item = useQuery(queries.evidenceItem(evidenceId));
  return (
    <QueryState query={item}>
      {(e) => (
        <Stack>
          <PageHeader
            title={`${e.type} · ${e.subject}`}
            subtitle={
              <Text span ff="monospace" size="sm" className="wrap-anywhere">
                {e.id} · from {e.source} · ledger #{e.index}
              </Text>
            }
          />
          <Card withBorder>
            <EvidenceTimes item={e} />
          </Card>
          <Card withBorder>
            <ProofPanel item={e} />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              Payload
            </Title>
            <JsonView value={e.data} testId="evidence-payload" />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              Artifacts
            </Title>
            <ArtifactsTable evidenceId={e.id} artifacts={e.artifacts} />
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
