import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Readiness } from '../api/types/readiness.ts';
import { words } from '../lib/format.ts';
import { AnchorLink } from './anchor-link.tsx';

const ControlLink = ({ id, children }: { id: string; children: ReactNode }) => (
  <AnchorLink to="/controls/$controlId" params={{ controlId: id }} size="sm">
    {children}
  </AnchorLink>
);

function Gap({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text fw={600}>
        {title} ({count})
      </Text>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          none
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {children}
        </List>
      )}
    </Stack>
  );
}

/** What an auditor would find today, by kind of gap. */
export function ReadinessGaps({ readiness: r }: { readiness: Readiness }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="readiness-gaps">
      <Gap title="Criteria without controls" count={r.criteria_without_controls.length}>
        {r.criteria_without_controls.map((c) => (
          <List.Item key={c.id}>
            {c.id} {c.title}
          </List.Item>
        ))}
      </Gap>
      <Gap title="Controls without evidence" count={r.controls_without_evidence.length}>
        {r.controls_without_evidence.map((c) => (
          <List.Item key={c.id}>
            <ControlLink id={c.id}>{c.title}</ControlLink> — needs {c.evidence.join(', ')} ({c.frequency})
          </List.Item>
        ))}
      </Gap>
      <Gap title="Failing controls" count={r.failing_controls.length}>
        {r.failing_controls.map((c) => (
          <List.Item key={c.id}>
            <ControlLink id={c.id}>{c.title}</ControlLink> — {words(c.status)}, {c.exceptions} of {c.expected}
            {c.latest.length > 0 && `; latest: ${c.latest.map((l) => `${l.slot} ${l.reason}`).join('; ')}`}
          </List.Item>
        ))}
      </Gap>
      <Gap title="Stale controls" count={r.stale_controls.length}>
        {r.stale_controls.map((c) => (
          <List.Item key={c.id}>
            <ControlLink id={c.id}>{c.title}</ControlLink> — last met {c.last_met}, missing since{' '}
            {c.missing_since}
          </List.Item>
        ))}
      </Gap>
      <Gap title="Event controls with no event in a year" count={r.quiet_event_controls.length}>
        {r.quiet_event_controls.map((c) => (
          <List.Item key={c.id}>
            <ControlLink id={c.id}>{c.title}</ControlLink> — no {c.evidence.join(', ')} recorded
          </List.Item>
        ))}
      </Gap>
    </SimpleGrid>
  );
}
