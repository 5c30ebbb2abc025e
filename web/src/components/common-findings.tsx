import { Accordion, Group, Text } from '@mantine/core';
import type { Readiness } from '../api/types/readiness.ts';
import { words } from '../lib/format.ts';
import { AnchorLink } from './anchor-link.tsx';

/** Classic audit findings whose controls are weak or absent, each with its fix. */
export function CommonFindings({ findings }: { findings: Readiness['common_findings'] }) {
  if (findings.length === 0) return <Text c="dimmed">None of the common audit findings applies.</Text>;
  return (
    <Accordion variant="separated" data-testid="common-findings">
      {findings.map((f) => (
        <Accordion.Item key={f.area} value={f.area}>
          <Accordion.Control>{f.title}</Accordion.Control>
          <Accordion.Panel>
            <Text size="sm">{f.issue}</Text>
            <Text size="sm" mt="xs">
              <b>Fix:</b> {f.fix}
            </Text>
            <Group gap="xs" mt="xs">
              {f.controls.map((c) =>
                c.status === 'not_in_programme' ? (
                  <Text key={c.id} size="xs" c="dimmed">
                    {c.id} (not in the programme)
                  </Text>
                ) : (
                  <AnchorLink key={c.id} to="/controls/$controlId" params={{ controlId: c.id }} size="xs">
                    {c.id} ({words(c.status)})
                  </AnchorLink>
                ),
              )}
            </Group>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
