import { Box, Group, Stack, Text } from '@mantine/core';
import type { Plan } from '../api/types/plan.ts';
import { daysBetween } from '../lib/format.ts';

const COLORS: Record<string, string> = {
  scope: 'var(--mantine-color-indigo-5)',
  readiness: 'var(--mantine-color-yellow-5)',
  evidence: 'var(--mantine-color-teal-6)',
  audit: 'var(--mantine-color-grape-6)',
};

/** The phases on one time axis, overlapping where the work overlaps (docs/plan-and-budget.md). */
export function PhaseGantt({ plan, today }: { plan: Plan; today: string }) {
  const span = Math.max(1, daysBetween(plan.start, plan.end) + 1);
  const at = (date: string) =>
    `${(100 * Math.min(span, Math.max(0, daysBetween(plan.start, date)))) / span}%`;
  const width = (start: string, end: string) => `${(100 * (daysBetween(start, end) + 1)) / span}%`;
  const inPlan = today >= plan.start && today <= plan.end;
  return (
    <Stack gap={6} data-testid="plan-gantt" pos="relative">
      {plan.phases.map((phase) => (
        <Group key={phase.id} gap="sm" wrap="nowrap" data-phase={phase.id}>
          <Text size="sm" w={200} truncate>
            {phase.title}
          </Text>
          <Box
            pos="relative"
            h={22}
            style={{ flex: 1, background: 'var(--mantine-color-gray-1)', borderRadius: 4 }}
          >
            <Box
              pos="absolute"
              top={0}
              h={22}
              title={`${phase.title}: ${phase.start} – ${phase.end} (months ${phase.months.from}–${phase.months.to})`}
              style={{
                left: at(phase.start),
                width: width(phase.start, phase.end),
                background: COLORS[phase.id] ?? 'var(--mantine-color-blue-5)',
                borderRadius: 4,
              }}
            />
            {inPlan && (
              <Box
                pos="absolute"
                top={-2}
                h={26}
                w={2}
                style={{ left: at(today), background: 'var(--mantine-color-red-7)' }}
                aria-label="today"
              />
            )}
          </Box>
        </Group>
      ))}
      <Group justify="space-between" ml={212}>
        <Text size="xs" c="dimmed">
          {plan.start}
        </Text>
        <Text size="xs" c="dimmed">
          {plan.end}
        </Text>
      </Group>
    </Stack>
  );
}
