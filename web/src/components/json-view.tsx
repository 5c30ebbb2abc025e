import { Code } from '@mantine/core';

/** Pretty-printed JSON, as text (never as HTML). */
export function JsonView({ value, testId }: { value: unknown; testId?: string }) {
  return (
    <Code block className="json-view" data-testid={testId}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}
