import { Anchor, Table, Text } from '@mantine/core';
import type { Artifact } from '../api/types/evidence.ts';
import { formatBytes } from '../lib/format.ts';

/** The record's raw artifacts, decrypted by the server on download. */
export function ArtifactsTable({ evidenceId, artifacts }: { evidenceId: string; artifacts: Artifact[] }) {
  if (artifacts.length === 0) return <Text c="dimmed">No artifacts.</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table data-testid="evidence-artifacts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>SHA-256</Table.Th>
            <Table.Th>Size</Table.Th>
            <Table.Th>Type</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {artifacts.map((a) => (
            <Table.Tr key={a.sha256}>
              <Table.Td>
                <Anchor
                  href={`/api/evidence/${encodeURIComponent(evidenceId)}/artifacts/${a.sha256}`}
                  download={a.name}
                  data-testid={`artifact-${a.sha256}`}
                >
                  {a.name}
                </Anchor>
              </Table.Td>
              <Table.Td ff="monospace" fz="xs" className="wrap-anywhere">
                {a.sha256}
              </Table.Td>
              <Table.Td>{formatBytes(a.size)}</Table.Td>
              <Table.Td>{a.media_type ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
