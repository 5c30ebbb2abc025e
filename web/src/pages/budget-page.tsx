import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { JSX } from 'react';
import { queries } from '../api/queries.ts';
import { BudgetLines } from '../components/budget-lines.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { QueryState } from '../components/query-state.tsx';
import { formatUsdWindow } from '../lib/format.ts';

export function BudgetPage(): JSX.Element {
  const budget = useQuery(queries.budget());
  return (
    <QueryState query={budget}>
      {(b) => (
        <Stack>
          <PageHeader
            title="Budget"
            subtitle={`First-year estimate for a Type ${b.type} report (USD), from the programme's own figures`}
          />
          <Card withBorder>
            <Group justify="space-between">
              <Text fw={600}>This year's total</Text>
              <Text size="xl" fw={700} data-testid="budget-total">
                {formatUsdWindow(b.total)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              Inputs: {b.inputs.categories.join(', ')}; {b.inputs.headcount ?? 'unknown'} people;{' '}
              {b.inputs.systems} systems; {b.inputs.vendors} vendors; open gaps{' '}
              {Object.entries(b.inputs.open_gaps)
                .map(([k, v]) => `${v} ${k}`)
                .join(', ')}
            </Text>
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              This year
            </Title>
            <BudgetLines lines={b.lines} testId="budget-lines" />
          </Card>
          {b.ongoing.length > 0 && (
            <Card withBorder>
              <Title order={4} mb="sm">
                Each later year (not in the total)
              </Title>
              <BudgetLines lines={b.ongoing} testId="budget-ongoing" />
            </Card>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
