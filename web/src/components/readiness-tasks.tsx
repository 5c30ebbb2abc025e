import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Readiness } from '../api/types/readiness.ts';
import { IMPACT_COLOR } from '../lib/status-colors.ts';
import { AnchorLink } from './anchor-link.tsx';

/** The mock audit's tasks, most audit impact first (docs/engine.md §Readiness). */
export function ReadinessTasks({ tasks }: { tasks: Readiness['tasks'] }) {
  if (tasks.length === 0) return <Text c="dimmed">Nothing left to do before the audit.</Text>;
  return (
    <Stack gap="xs" component="ol" p={0} m={0} data-testid="readiness-tasks">
      {tasks.map((task) => (
        <Paper component="li" withBorder p="sm" key={`${task.rank}:${task.title}`} data-impact={task.impact}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Text fw={700} w={28}>
              {task.rank}.
            </Text>
            <Stack gap={4}>
              <Group gap="xs">
                <Badge color={IMPACT_COLOR[task.impact]}>{task.impact}</Badge>
                <Text fw={600}>{task.title}</Text>
              </Group>
              <Text size="sm">{task.fix}</Text>
              <Group gap={6}>
                {task.controls.map((id) => (
                  <AnchorLink key={id} to="/controls/$controlId" params={{ controlId: id }} size="xs">
                    {id}
                  </AnchorLink>
                ))}
                {task.criteria.map((id) => (
                  <AnchorLink key={id} to="/controls" search={{ criterion: id }} size="xs">
                    {id}
                  </AnchorLink>
                ))}
              </Group>
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
