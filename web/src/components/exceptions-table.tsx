import { Table, Text } from '@mantine/core';
import type { ControlException } from '../api/types/controls.ts';
import { EvidenceLinks } from './evidence-links.tsx';
import { SlotLabel } from './slot-label.tsx';

/** Each exception with its reason and the evidence it looked at (docs/reports.md §4). */
export function ExceptionsTable({ exceptions }: { exceptions: ControlException[] }) {
  if (exceptions.length === 0) return <Text c="dimmed">No exceptions noted.</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped data-testid="control-exceptions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Slot or item</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Evidence looked at</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {exceptions.map((e) => (
            <Table.Tr key={e.slot} data-slot={e.slot}>
              <Table.Td>
                <SlotLabel label={e.slot} />
              </Table.Td>
              <Table.Td className="wrap-anywhere">{e.reason}</Table.Td>
              <Table.Td>
                <EvidenceLinks ids={e.evidence} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
