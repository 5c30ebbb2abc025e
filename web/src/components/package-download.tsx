import { Alert, Button, Card, Code, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { downloadFile } from '../api/download-file.ts';
import { queries } from '../api/queries.ts';

/**
 * The audit package freezes sampled populations in the ledger, so it is a write (POST) and an admin's
 * to build (docs/api.md); a viewer sees why the button is disabled.
 */
export function PackageDownload() {
  const me = useQuery(queries.me());
  const admin = me.data?.role === 'admin';
  const build = useMutation({
    mutationFn: () => downloadFile('/api/package', { method: 'POST' }, 'audit-package.zip'),
  });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>Evidence package</Text>
        <Text size="sm" c="dimmed">
          Report, workbook, OSCAL, every record of the period with its inclusion proof, the artifacts, the
          samples and the ledger key under a signed manifest, verifiable offline with{' '}
          <Code>evident verify --package</Code>.
        </Text>
        <Button
          onClick={() => build.mutate()}
          loading={build.isPending}
          disabled={!admin}
          data-testid="package-download"
        >
          Build and download the package
        </Button>
        {!admin && me.data && (
          <Text size="xs" c="dimmed" data-testid="package-admin-only">
            Only an admin can build the package: it writes the frozen samples to the ledger.
          </Text>
        )}
        {build.isError && <Alert color="red">{build.error.message}</Alert>}
        {build.isSuccess && <Text size="sm">Saved {build.data}.</Text>}
      </Stack>
    </Card>
  );
}
