import { Table, Text } from '@mantine/core';
import type { Run } from '../api/types/sources.ts';
import { formatDateTime } from '../lib/format.ts';
import { RunStatus } from './run-status.tsx';

const runKey = (run: Run) => String(run.id ?? run.run ?? run.started_at);

/** A source's recent runs (the last 10, newest first as the API gives them). */
export function RunsTable({ runs }: { runs: Run[] }) {
  if (runs.length === 0) return <Text c="dimmed">Never run.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid="source-runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Started</Table.Th>
            <Table.Th>Finished</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Items</Table.Th>
            <Table.Th ta="right">New</Table.Th>
            <Table.Th>Error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={runKey(run)}>
              <Table.Td>{formatDateTime(run.started_at)}</Table.Td>
              <Table.Td>{formatDateTime(run.finished_at)}</Table.Td>
              <Table.Td>
                <RunStatus run={run} />
              </Table.Td>
              <Table.Td ta="right">{run.items ?? ''}</Table.Td>
              <Table.Td ta="right">{run.stored ?? ''}</Table.Td>
              <Table.Td className="wrap-anywhere">{run.error ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
