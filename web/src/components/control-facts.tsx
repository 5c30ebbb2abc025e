import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ControlDetail } from '../api/types/controls.ts';
import { AnchorLink } from './anchor-link.tsx';
import { JsonView } from './json-view.tsx';

/** What the control is mapped to and how it is tested. */
export function ControlFacts({ control }: { control: ControlDetail }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Stack gap="xs">
        <Text fw={600}>Trust Services Criteria</Text>
        <Group gap={6} data-testid="control-criteria">
          {control.criteria.map((c) => (
            <AnchorLink key={c} to="/controls" search={{ criterion: c }}>
              <Badge variant="outline">{c}</Badge>
            </AnchorLink>
          ))}
        </Group>
        <Text fw={600}>ISO/IEC 27001:2022 Annex A</Text>
        <Group gap={6} data-testid="control-iso">
          {control.iso.length === 0 ? (
            <Text size="sm" c="dimmed">
              none
            </Text>
          ) : (
            control.iso.map((ref) => (
              <Badge key={ref} variant="light" color="gray">
                {ref}
              </Badge>
            ))
          )}
        </Group>
        <Text size="sm">
          Owner: <b>{control.owner}</b> · Frequency: <b>{control.frequency}</b>
        </Text>
      </Stack>
      <Stack gap="xs">
        <Text fw={600}>
          Test <code>{control.test}</code> with parameters
        </Text>
        <JsonView value={control.params} testId="control-params" />
      </Stack>
    </SimpleGrid>
  );
}
