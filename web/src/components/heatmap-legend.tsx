import { Group, Text } from '@mantine/core';
import type { Unit } from '../api/types/controls.ts';

const STATUSES = ['met', 'failed', 'missing'] as const;

export function HeatmapLegend({ population }: { population: Unit[] }) {
  return (
    <Group gap="md" data-testid="heatmap-legend">
      {STATUSES.map((status) => (
        <Group gap={6} key={status}>
          <span className="heatmap-cell" data-legend={status} aria-hidden />
          <Text size="xs">
            {status}: {population.filter((u) => u.status === status).length}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
