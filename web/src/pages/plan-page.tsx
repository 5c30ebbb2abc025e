import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { JSX } from 'react';
import { queries } from '../api/queries.ts';
import { AuditWeeks } from '../components/audit-weeks.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PhaseGantt } from '../components/phase-gantt.tsx';
import { PhaseTimeline } from '../components/phase-timeline.tsx';
import { QueryState } from '../components/query-state.tsx';

export function PlanPage(): JSX.Element {
  const plan = useQuery(queries.plan());
  const today = new Date().toISOString().slice(0, 10);
  return (
    <QueryState query={plan}>
      {(p) => (
        <Stack>
          <PageHeader
            title="Audit plan"
            subtitle={`A first Type ${p.report.type} audit from ${p.start} to ${p.end}`}
          />
          {p.report.period && (
            <Text size="sm">
              Observation period to put in evident.yaml: {p.report.period.start} – {p.report.period.end}
            </Text>
          )}
          <Card withBorder>
            <PhaseGantt plan={p} today={today} />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              Phases
            </Title>
            <PhaseTimeline plan={p} today={today} />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              The auditor's weeks
            </Title>
            <AuditWeeks weeks={p.audit_weeks} today={today} />
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
