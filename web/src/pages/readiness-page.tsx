import { Badge, Card, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { JSX } from 'react';
import { queries } from '../api/queries.ts';
import { CommonFindings } from '../components/common-findings.tsx';
import { EarliestStart } from '../components/earliest-start.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { QueryState } from '../components/query-state.tsx';
import { ReadinessGaps } from '../components/readiness-gaps.tsx';
import { ReadinessTasks } from '../components/readiness-tasks.tsx';
import { words } from '../lib/format.ts';

export function ReadinessPage(): JSX.Element {
  const readiness = useQuery(queries.readiness());
  return (
    <QueryState query={readiness}>
      {(r) => (
        <Stack>
          <PageHeader
            title="Readiness"
            subtitle={`A mock audit of ${r.window.start} – ${r.window.end}, as of ${r.as_of}`}
            right={
              <Group gap="xs" data-testid="readiness-scores">
                <Badge size="xl" variant="filled">
                  {Math.round(r.score.overall)} / 100
                </Badge>
                {Object.entries(r.score.by_category).map(([category, score]) => (
                  <Badge key={category} size="lg" variant="light">
                    {words(category)} {Math.round(score)}
                  </Badge>
                ))}
              </Group>
            }
          />
          <EarliestStart start={r.earliest_type2_start} />
          <Card withBorder>
            <Title order={4} mb="sm">
              Tasks ({r.tasks.length})
            </Title>
            <ReadinessTasks tasks={r.tasks} />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              Gaps
            </Title>
            <ReadinessGaps readiness={r} />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              Common audit findings that apply
            </Title>
            <CommonFindings findings={r.common_findings} />
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
