import { Alert, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { Source } from '../api/types/sources.ts';
import { formatDateTime } from '../lib/format.ts';
import { CollectButton } from './collect-button.tsx';
import { RunStatus } from './run-status.tsx';
import { RunsTable } from './runs-table.tsx';

/** One source: its collector and schedule, how its last run went, and its recent runs. */
export function SourceCard({ source, admin }: { source: Source; admin: boolean }) {
  const last = source.last_run;
  return (
    <Card withBorder data-testid={`source-${source.id}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{source.id}</Text>
            <Badge variant="light" color="gray">
              {source.collector}
            </Badge>
          </Group>
          {admin && <CollectButton sourceId={source.id} />}
        </Group>
        <Text size="sm">
          Schedule:{' '}
          {source.schedule ? <code>{source.schedule}</code> : 'none (collected on demand or monitored)'}
          {source.timeout_seconds !== undefined && ` · timeout ${source.timeout_seconds} s`}
        </Text>
        <Group gap="xs">
          <Text size="sm">Last run:</Text>
          {last ? (
            <>
              <RunStatus run={last} />
              <Text size="sm">{formatDateTime(last.finished_at ?? last.started_at)}</Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              never
            </Text>
          )}
        </Group>
        {last?.status === 'error' && last.error && (
          <Alert color="red" p="xs" data-testid={`source-error-${source.id}`}>
            {last.error}
          </Alert>
        )}
        <RunsTable runs={source.runs} />
      </Stack>
    </Card>
  );
}
