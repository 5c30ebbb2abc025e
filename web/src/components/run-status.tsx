import { Badge } from '@mantine/core';
import type { Run } from '../api/types/sources.ts';

export function RunStatus({ run }: { run: Run }) {
  return (
    <Badge color={run.status === 'ok' ? 'teal' : run.status === 'error' ? 'red' : 'gray'} variant="light">
      {run.status}
    </Badge>
  );
}
