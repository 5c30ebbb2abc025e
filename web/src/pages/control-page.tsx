import { Accordion, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX, ReactNode } from 'react';
import { queries } from '../api/queries.ts';
import { ControlFacts } from '../components/control-facts.tsx';
import { ControlHeatmap } from '../components/control-heatmap.tsx';
import { ControlResult } from '../components/control-result.tsx';
import { ExceptionsTable } from '../components/exceptions-table.tsx';
import { JsonView } from '../components/json-view.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { QueryState } from '../components/query-state.tsx';
import { SamplePanel } from '../components/sample-panel.tsx';
import { StatusBadge } from '../components/status-badge.tsx';

const route = getRouteApi('/app/controls/$controlId');

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card withBorder>
    <Title order={4} mb="sm">
      {title}
    </Title>
    {children}
  </Card>
);

export function ControlPage(): JSX.Element {
  const { controlId } = route.useParams();
  const control = useQuery(queries.control(controlId));
  return (
    <QueryState query={control}>
      {(c) => (
        <Stack>
          <PageHeader
            title={
              <Group gap="sm">
                {c.title}
                <StatusBadge status={c.status} />
              </Group>
            }
            subtitle={c.id}
          />
          <Text>{c.description}</Text>
          <Section title="Mapping and test">
            <ControlFacts control={c} />
          </Section>
          <Section title="What was tested and the result">
            <ControlResult control={c} />
          </Section>
          <Section title={`Every ${c.frequency === 'event' ? 'item' : 'slot'} of the period`}>
            <ControlHeatmap frequency={c.frequency} population={c.population} />
          </Section>
          <Section title={`Exceptions (${c.exceptions.length})`}>
            <ExceptionsTable exceptions={c.exceptions} />
          </Section>
          <Section title="Sample">
            <SamplePanel sample={c.sample} />
          </Section>
          <Accordion variant="contained">
            <Accordion.Item value="details">
              <Accordion.Control>Test details</Accordion.Control>
              <Accordion.Panel>
                <JsonView value={c.details} />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>
      )}
    </QueryState>
  );
}
