import { Card, Group, RingProgress, Stack, Text } from '@mantine/core';
import type { Overview } from '../api/types/overview.ts';

const colorOf = (score: number) => (score >= 80 ? 'teal' : score >= 50 ? 'yellow' : 'red');

/** The mock-audit score (docs/engine.md §Readiness), overall and per category in scope. */
export function ReadinessScore({ readiness }: { readiness: Overview['readiness'] }) {
  const score = Math.round(readiness.score);
  return (
    <Card withBorder data-testid="readiness-score">
      <Group wrap="nowrap">
        <RingProgress
          size={96}
          thickness={10}
          sections={[{ value: score, color: colorOf(score) }]}
          label={
            <Text ta="center" fw={700}>
              {score}
            </Text>
          }
        />
        <Stack gap={2}>
          <Text fw={600}>Readiness</Text>
          {readiness.categories.map((c) => (
            <Text size="sm" key={c.category}>
              {c.title}: <b>{Math.round(c.score)}</b>
            </Text>
          ))}
        </Stack>
      </Group>
    </Card>
  );
}
