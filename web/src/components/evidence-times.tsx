import { Badge, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { EvidenceItem } from '../api/types/evidence.ts';
import { formatDateTime } from '../lib/format.ts';

const lagDays = (item: EvidenceItem) =>
  Math.floor((Date.parse(item.collected_at) - Date.parse(item.observed_at)) / 86_400_000);

/**
 * Event time against collection time (DESIGN.md §4): auditors weigh evidence collected long after the
 * event (retroactive, 14 days or more) differently from evidence collected as it happened.
 */
export function EvidenceTimes({ item }: { item: EvidenceItem }) {
  const lag = lagDays(item);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="evidence-times">
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          Observed (event time)
        </Text>
        <Text>{formatDateTime(item.observed_at)}</Text>
      </Stack>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          Collected by Evident
        </Text>
        <Text>{formatDateTime(item.collected_at)}</Text>
      </Stack>
      <Group gap="xs">
        <Text size="sm">{lag > 0 ? `${lag} days later` : 'same day'}</Text>
        {item.retroactive && (
          <Tooltip label="Collected 14 days or more after the event: not contemporaneous evidence">
            <Badge color="orange" data-testid="retroactive-badge">
              retroactive
            </Badge>
          </Tooltip>
        )}
      </Group>
    </SimpleGrid>
  );
}
