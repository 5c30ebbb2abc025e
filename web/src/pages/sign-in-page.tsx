import { Alert, Button, Center, Code, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { type FormEvent, type JSX, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { signIn } from '../api/session.ts';
import { safeRedirect } from '../lib/safe-redirect.ts';

const route = getRouteApi('/sign-in');

/** Exchanges a token (from `evident init` or `evident token create`) for the session cookie. */
export function SignInPage(): JSX.Element {
  const { redirect, error } = route.useSearch();
  const router = useRouter();
  const client = useQueryClient();
  const [token, setToken] = useState('');
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      client.clear();
      await router.navigate({ href: safeRedirect(redirect), replace: true });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) mutation.mutate(token.trim());
  };

  const failure =
    mutation.error instanceof ApiError && mutation.error.status === 401
      ? 'That token was not accepted: it is unknown or revoked.'
      : mutation.error
        ? mutation.error.message
        : error;

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form onSubmit={onSubmit}>
          <Stack>
            <Title order={2}>Sign in to Evident</Title>
            <Text size="sm" c="dimmed">
              Paste an access token: <Code>evident init</Code> prints the first admin token, and{' '}
              <Code>evident token create --role viewer</Code> makes one for an auditor.
            </Text>
            {failure && (
              <Alert color="red" data-testid="sign-in-error">
                {failure}
              </Alert>
            )}
            <PasswordInput
              label="Access token"
              value={token}
              onChange={(e) => setToken(e.currentTarget.value)}
              autoComplete="off"
              required
              data-testid="sign-in-token"
            />
            <Button type="submit" loading={mutation.isPending} data-testid="sign-in-submit">
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
