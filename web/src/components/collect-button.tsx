import { Button, Group, Text } from '@mantine/core';
import type { Run } from '../api/types/sources.ts';
import { useCollectSource } from '../api/use-collect-source.ts';
import { RunStatus } from './run-status.tsx';

/** The collect route answers with the run, or with `{runs: [run]}` as `evident collect --json` prints. */
const runOf = (answer: Run | { runs: Run[] } | undefined): Run | undefined =>
  answer && 'runs' in answer ? answer.runs[0] : answer;

/** "Collect now" for one source (admin only; the caller hides it from viewers). */
export function CollectButton({ sourceId }: { sourceId: string }) {
  const collect = useCollectSource();
  const run = runOf(collect.data);
  return (
    <Group gap="xs">
      {run && (
        <Group gap={4} data-testid={`collect-result-${sourceId}`}>
          <RunStatus run={run} />
          <Text size="xs">
            {run.status === 'ok' ? `${run.items ?? 0} collected, ${run.stored ?? 0} new` : (run.error ?? '')}
          </Text>
        </Group>
      )}
      {collect.isError && (
        <Text size="xs" c="red">
          {collect.error.message}
        </Text>
      )}
      <Button
        size="xs"
        onClick={() => collect.mutate(sourceId)}
        loading={collect.isPending}
        data-testid={`collect-${sourceId}`}
      >
        Collect now
      </Button>
    </Group>
  );
}
