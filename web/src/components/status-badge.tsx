import { Badge } from '@mantine/core';
import { words } from '../lib/format.ts';
import { CONTROL_STATUS_COLOR, CRITERION_STATUS_COLOR } from '../lib/status-colors.ts';

/** A control or criterion status in its colour; `data-status` carries the API value for tests. */
export function StatusBadge({ status }: { status: string }) {
  const color = CONTROL_STATUS_COLOR[status] ?? CRITERION_STATUS_COLOR[status] ?? 'gray';
  return (
    <Badge color={color} variant="light" data-status={status}>
      {words(status)}
    </Badge>
  );
}
