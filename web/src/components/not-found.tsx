import { Stack, Text, Title } from '@mantine/core';
import type { JSX } from 'react';
import { AnchorLink } from './anchor-link.tsx';

export function NotFound(): JSX.Element {
  return (
    <Stack p="xl" gap="xs">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">There is no page at this address.</Text>
      <AnchorLink to="/">Go to the overview</AnchorLink>
    </Stack>
  );
}
