import { Code, List, Text, Timeline } from '@mantine/core';
import type { Plan } from '../api/types/plan.ts';

/** Each phase with its months, dates and tasks; the Evident command that does a task, where one does. */
export function PhaseTimeline({ plan, today }: { plan: Plan; today: string }) {
  const active = plan.phases.reduce((last, p, i) => (p.start <= today ? i : last), -1);
  return (
    <Timeline active={active} bulletSize={20} lineWidth={2} data-testid="plan-phases">
      {plan.phases.map((phase) => (
        <Timeline.Item key={phase.id} title={phase.title} data-phase={phase.id}>
          <Text size="xs" c="dimmed">
            Months {phase.months.from}–{phase.months.to}: {phase.start} – {phase.end}
          </Text>
          <List size="sm" mt={4} spacing={2}>
            {phase.tasks.map((task) => (
              <List.Item key={task.title}>
                {task.title}
                {task.command && (
                  <>
                    {' '}
                    <Code>{task.command}</Code>
                  </>
                )}
              </List.Item>
            ))}
          </List>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
