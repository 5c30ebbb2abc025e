import { Table, Text } from '@mantine/core';
import type { Failure } from '../api/types/overview.ts';
import { AnchorLink } from './anchor-link.tsx';
import { SlotLabel } from './slot-label.tsx';

/** The latest exceptions by slot end (docs/api.md: the 10 latest), each linking to its control. */
export function FailuresList({ failures }: { failures: Failure[] }) {
  if (failures.length === 0) return <Text c="dimmed">No exceptions in the period.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table data-testid="overview-failures" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th>Slot</Table.Th>
            <Table.Th>Dates</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {failures.map((f) => (
            <Table.Tr key={`${f.control}:${f.slot}`}>
              <Table.Td>
                <AnchorLink to="/controls/$controlId" params={{ controlId: f.control }}>
                  {f.title}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <SlotLabel label={f.slot} />
              </Table.Td>
              <Table.Td className="nowrap">{f.start === f.end ? f.start : `${f.start} – ${f.end}`}</Table.Td>
              <Table.Td className="wrap-anywhere">{f.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
