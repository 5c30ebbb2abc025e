import { Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import type { Overview } from '../api/types/overview.ts';
import { daysBetween, formatDateTime, nameOf } from '../lib/format.ts';

/** The audit period (or Type I date), how far into it today is, and what the figures were computed from. */
export function PeriodCard({ overview }: { overview: Overview }) {
  const { period, today, days_remaining, type } = overview;
  const length = daysBetween(period.start, period.end) + 1;
  const elapsed = Math.min(length, Math.max(0, daysBetween(period.start, today) + 1));
  return (
    <Card withBorder data-testid="overview-period">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>Type {type} audit period</Text>
          <Badge variant="light">{nameOf(overview.system)}</Badge>
        </Group>
        <Text size="xl" fw={700}>
          {type === 'I' && overview.as_of ? `as of ${overview.as_of}` : `${period.start} → ${period.end}`}
        </Text>
        <Progress value={length > 0 ? (100 * elapsed) / length : 0} size="sm" aria-label="Period elapsed" />
        <Text size="sm" data-testid="days-remaining">
          {days_remaining > 0 ? `${days_remaining} days remaining` : 'The period has ended'}
        </Text>
        <Text size="xs" c="dimmed">
          Evaluated {formatDateTime(overview.evaluated_at)} over {overview.ledger.size} ledger records
        </Text>
      </Stack>
    </Card>
  );
}
