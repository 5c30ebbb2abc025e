import { Table } from '@mantine/core';
import type { Plan } from '../api/types/plan.ts';
import { words } from '../lib/format.ts';

/** The auditor's weeks (12 for Type II, 8 for Type I), the current one highlighted. */
export function AuditWeeks({ weeks, today }: { weeks: Plan['audit_weeks']; today: string }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table data-testid="plan-audit-weeks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Week</Table.Th>
            <Table.Th>Dates</Table.Th>
            <Table.Th>Step</Table.Th>
            <Table.Th>What happens</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((w) => {
            const current = w.start <= today && today <= w.end;
            return (
              <Table.Tr
                key={w.week}
                bg={current ? 'var(--mantine-color-indigo-light)' : undefined}
                data-current={current}
              >
                <Table.Td>{w.week}</Table.Td>
                <Table.Td className="nowrap">
                  {w.start} – {w.end}
                </Table.Td>
                <Table.Td>{words(w.step)}</Table.Td>
                <Table.Td>{w.title}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
