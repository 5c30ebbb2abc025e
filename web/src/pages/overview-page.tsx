import { Card, Grid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type JSX, lazy, Suspense } from 'react';
import { queries } from '../api/queries.ts';
import { ControlCounts } from '../components/control-counts.tsx';
import { CriteriaGrid } from '../components/criteria-grid.tsx';
import { FailuresList } from '../components/failures-list.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PeriodCard } from '../components/period-card.tsx';
import { QueryState } from '../components/query-state.tsx';
import { ReadinessScore } from '../components/readiness-score.tsx';
import { nameOf } from '../lib/format.ts';

// ECharts is the largest library here and only this chart uses it: it loads with the chart.
const CategoryChart = lazy(() =>
  import('../components/category-chart.tsx').then((m) => ({ default: m.CategoryChart })),
);

export function OverviewPage(): JSX.Element {
  const overview = useQuery(queries.overview());
  return (
    <QueryState query={overview}>
      {(o) => (
        <Stack>
          <PageHeader
            title={nameOf(o.organisation)}
            subtitle="Where the programme stands for the audit period"
          />
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <PeriodCard overview={o} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <ReadinessScore readiness={o.readiness} />
            </Grid.Col>
          </Grid>
          <ControlCounts counts={o.summary.controls} />
          <Card withBorder>
            <Title order={4} mb="sm">
              Criteria in scope ({o.criteria.length})
            </Title>
            <Suspense fallback={null}>
              <CategoryChart categories={o.categories} />
            </Suspense>
            <CriteriaGrid overview={o} />
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              Latest exceptions
            </Title>
            <FailuresList failures={o.failures} />
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
