import { Alert, Center, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';

/** Loading and error states of a query, in one place; `children` renders the data. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return (
    <Center py="xl" data-testid="loading">
      <Loader size="sm" />
    </Center>
  );
}

export function ErrorAlert({ error }: { error: unknown }) {
  const title =
    error instanceof ApiError && error.status === 404
      ? 'Not found'
      : error instanceof ApiError && error.status === 403
        ? 'Not allowed for your role'
        : 'Could not load this';
  return (
    <Alert color="red" title={title} data-testid="error">
      <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
      {error instanceof ApiError &&
        error.problems.map((p) => (
          <Text size="sm" key={`${p.path}:${p.message}`}>
            {p.path}: {p.message}
          </Text>
        ))}
    </Alert>
  );
}
