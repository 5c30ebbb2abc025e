import { Badge, Button, Group, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { queries } from '../api/queries.ts';
import { signOut } from '../api/session.ts';
import { nameOf } from '../lib/format.ts';

/** Organisation, role and sign-out, in the header. */
export function AccountMenu() {
  const me = useQuery(queries.me());
  const overview = useQuery(queries.overview());
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut();
    } finally {
      // Whatever the server said, nothing of this session stays in memory.
      client.clear();
      setBusy(false);
      await navigate({ to: '/sign-in' });
    }
  };

  return (
    <Group gap="sm" wrap="nowrap">
      {overview.data && (
        <Text size="sm" fw={500} visibleFrom="xs" data-testid="organisation-name">
          {nameOf(overview.data.organisation)}
        </Text>
      )}
      {me.data && (
        <Badge variant="light" color={me.data.role === 'admin' ? 'indigo' : 'gray'} data-testid="role">
          {me.data.role}
        </Badge>
      )}
      <Button variant="default" size="xs" onClick={onSignOut} loading={busy} data-testid="sign-out">
        Sign out
      </Button>
    </Group>
  );
}
