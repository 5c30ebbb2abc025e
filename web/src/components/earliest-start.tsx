import { Alert, Text } from '@mantine/core';
import type { Readiness } from '../api/types/readiness.ts';

/** The earliest Type II period start an auditor could accept today (docs/engine.md §Readiness). */
export function EarliestStart({ start }: { start: Readiness['earliest_type2_start'] }) {
  if (start.date === null) {
    return (
      <Alert color="orange" title="No defensible Type II start yet" data-testid="earliest-start">
        <Text size="sm">
          These controls have not operated in the last year: {start.blocking.join(', ') || 'none named'}.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="teal"
      title={`Earliest defensible Type II start: ${start.date}`}
      data-testid="earliest-start"
    >
      {start.limited_by && (
        <Text size="sm">
          Limited by {start.limited_by.control}, last missing {start.limited_by.last_missing}.
        </Text>
      )}
    </Alert>
  );
}
