import { Alert, Badge, Blockquote, Group, Stack, Text } from '@mantine/core';
import type { ControlDetail } from '../api/types/controls.ts';

/** Retroactive evidence may sit in details (docs/cli.md `details.retroactive`) or on the control. */
function retroactiveCount(control: ControlDetail): number {
  const details = control.details.retroactive as { count?: number } | undefined;
  return control.retroactive ?? details?.count ?? 0;
}

/** What was tested, the result in the report's words, and management's response to exceptions. */
export function ControlResult({ control }: { control: ControlDetail }) {
  const retroactive = retroactiveCount(control);
  const hasExceptions = control.exceptions.length > 0;
  return (
    <Stack gap="xs" data-testid="control-result">
      <Text size="sm">
        <b>Tested:</b> {control.tested}
      </Text>
      <Text size="sm">
        <b>Result:</b> {control.result}
      </Text>
      <Group gap="xs">
        <Badge variant="light">
          {control.met} met of {control.expected} expected
        </Badge>
        {retroactive > 0 && (
          <Badge color="orange" variant="light" data-testid="control-retroactive">
            {retroactive} retroactive records
          </Badge>
        )}
      </Group>
      {control.justification && (
        <Alert color="blue" title="Not applicable">
          {control.justification}
        </Alert>
      )}
      {control.management_response ? (
        <Blockquote p="sm" data-testid="management-response" cite="— Management's response">
          {control.management_response}
        </Blockquote>
      ) : (
        hasExceptions && (
          <Text size="sm" c="dimmed" data-testid="management-response-missing">
            Management's response to be written (management_responses in evident.yaml).
          </Text>
        )
      )}
    </Stack>
  );
}
