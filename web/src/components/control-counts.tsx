import { Card, SimpleGrid, Text } from '@mantine/core';
import type { ControlStatus } from '../api/types/statuses.ts';
import { CONTROL_STATUS_COLOR } from '../lib/status-colors.ts';
import { AnchorLink } from './anchor-link.tsx';

const SHOWN: { status: ControlStatus; label: string }[] = [
  { status: 'effective', label: 'Effective' },
  { status: 'exceptions', label: 'With exceptions' },
  { status: 'not_effective', label: 'Not effective' },
  { status: 'no_evidence', label: 'No evidence' },
];

/** How many controls are in each status; each count opens the controls in it. */
export function ControlCounts({ counts }: { counts: Record<ControlStatus, number> }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="control-counts">
      {SHOWN.map(({ status, label }) => (
        <AnchorLink key={status} to="/controls" search={{ status }} underline="never" c="inherit">
          <Card withBorder padding="sm" data-status={status}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text size="xl" fw={700} c={`${CONTROL_STATUS_COLOR[status]}.7`} data-testid={`count-${status}`}>
              {counts[status] ?? 0}
            </Text>
          </Card>
        </AnchorLink>
      ))}
    </SimpleGrid>
  );
}
