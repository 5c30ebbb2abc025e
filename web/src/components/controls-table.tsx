import { Table, Text } from '@mantine/core';
import type { ControlRow } from '../api/types/controls.ts';
import { AnchorLink } from './anchor-link.tsx';
import { StatusBadge } from './status-badge.tsx';

export function ControlsTable({ controls }: { controls: ControlRow[] }) {
  if (controls.length === 0) return <Text c="dimmed">No control matches these filters.</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover data-testid="controls-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Frequency</Table.Th>
            <Table.Th>Criteria</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Met / expected</Table.Th>
            <Table.Th ta="right">Exceptions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.map((c) => (
            <Table.Tr key={c.id} data-control={c.id}>
              <Table.Td>
                <AnchorLink to="/controls/$controlId" params={{ controlId: c.id }} fw={500}>
                  {c.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {c.id}
                </Text>
              </Table.Td>
              <Table.Td>{c.owner}</Table.Td>
              <Table.Td>{c.frequency}</Table.Td>
              <Table.Td>{c.criteria.join(', ')}</Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td ta="right">
                {c.expected === 0 ? 'did not occur' : `${c.met} / ${c.expected}`}
              </Table.Td>
              <Table.Td ta="right">{c.exceptions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
