import { Code, Group, Stack, Table, Text } from '@mantine/core';
import type { Sample } from '../api/types/controls.ts';
import { EvidenceLinks } from './evidence-links.tsx';
import { SlotLabel } from './slot-label.tsx';

/**
 * The auditor's sample: the seed and method that re-derive it (docs/sampling.md), the population's
 * hash, and every item drawn.
 */
export function SamplePanel({ sample }: { sample: Sample | undefined }) {
  if (!sample) return <Text c="dimmed">No sample is drawn for this control.</Text>;
  return (
    <Stack gap="xs" data-testid="control-sample">
      <Group gap="xl">
        <Text size="sm">
          Seed <Code>{sample.seed}</Code>
        </Text>
        <Text size="sm">Method: {sample.method}</Text>
        <Text size="sm">
          {sample.sample_size} of {sample.population_size}
        </Text>
      </Group>
      <Text size="xs" className="wrap-anywhere">
        Population SHA-256 <Code>{sample.population_sha256}</Code>
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th>Dates</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Evidence</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.items.map((u) => (
              <Table.Tr key={u.label} data-slot={u.label}>
                <Table.Td>
                  <SlotLabel label={u.label} />
                </Table.Td>
                <Table.Td className="nowrap">
                  {u.start === u.end ? u.start : `${u.start} – ${u.end}`}
                </Table.Td>
                <Table.Td>{u.reason ?? u.status}</Table.Td>
                <Table.Td>
                  <EvidenceLinks ids={u.evidence} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
