import { Group, Paper, Text } from '@mantine/core';
import type { Unit } from '../api/types/controls.ts';
import { EvidenceLinks } from './evidence-links.tsx';
import { SlotLabel } from './slot-label.tsx';

/** The slot under the pointer (or the one clicked): label, dates, status, reason and evidence. */
export function HeatmapCellDetails({ unit }: { unit: Unit | undefined }) {
  if (!unit) {
    return (
      <Text size="xs" c="dimmed">
        Point at a cell for its dates and reason; click it to keep it here with its evidence.
      </Text>
    );
  }
  return (
    <Paper withBorder p="xs" data-testid="heatmap-details" data-detail-slot={unit.label}>
      <Group gap="xs">
        <SlotLabel label={unit.label} />
        <Text size="sm" c="dimmed">
          {unit.start === unit.end ? unit.start : `${unit.start} – ${unit.end}`}
        </Text>
        <Text size="sm">{unit.status}</Text>
      </Group>
      {unit.reason && unit.reason !== unit.status && (
        <Text size="sm" className="wrap-anywhere">
          {unit.reason}
        </Text>
      )}
      <EvidenceLinks ids={unit.evidence} />
    </Paper>
  );
}
