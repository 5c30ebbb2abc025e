import { Table, Text } from '@mantine/core';
import type { EvidenceRow } from '../api/types/evidence.ts';
import { formatDateTime, shortId } from '../lib/format.ts';
import { AnchorLink } from './anchor-link.tsx';

export function EvidenceTable({ items }: { items: EvidenceRow[] }) {
  if (items.length === 0) return <Text c="dimmed">No evidence matches these filters.</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover data-testid="evidence-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Record</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Observed</Table.Th>
            <Table.Th>Collected</Table.Th>
            <Table.Th ta="right">Ledger #</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-evidence={e.id}>
              <Table.Td>
                <AnchorLink
                  to="/evidence/$evidenceId"
                  params={{ evidenceId: e.id }}
                  ff="monospace"
                  title={e.id}
                >
                  {shortId(e.id)}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{e.type}</Table.Td>
              <Table.Td>{e.source}</Table.Td>
              <Table.Td className="wrap-anywhere">{e.subject}</Table.Td>
              <Table.Td>{formatDateTime(e.observed_at)}</Table.Td>
              <Table.Td>{formatDateTime(e.collected_at)}</Table.Td>
              <Table.Td ta="right">{e.index}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
