import { Badge, List, Table, Text } from '@mantine/core';
import type { BudgetLine } from '../api/types/budget.ts';
import { formatUsdWindow } from '../lib/format.ts';

/** Each estimate line as a window inside its published range, with the reasons that placed it. */
export function BudgetLines({ lines, testId }: { lines: BudgetLine[]; testId: string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid={testId} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th>Estimate</Table.Th>
            <Table.Th>Published range</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.item} data-item={line.item}>
              <Table.Td fw={600}>{line.title}</Table.Td>
              <Table.Td>
                <Text fw={600} size="sm">
                  {formatUsdWindow(line)}
                </Text>
                {line.open_ended && (
                  <Badge size="xs" color="orange" variant="light">
                    range open-ended
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatUsdWindow(line.range)}</Table.Td>
              <Table.Td>
                <List size="xs" spacing={2}>
                  {line.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
