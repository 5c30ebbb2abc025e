import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { shortId } from '../lib/format.ts';
import { AnchorLink } from './anchor-link.tsx';

const SHOWN = 4;

/** Links to the evidence records a judgement looked at (by record id); long lists fold. */
export function EvidenceLinks({ ids }: { ids: string[] }) {
  const [all, setAll] = useState(false);
  if (ids.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        no evidence
      </Text>
    );
  }
  const shown = all ? ids : ids.slice(0, SHOWN);
  return (
    <Group gap={6}>
      {shown.map((id) => (
        <AnchorLink
          key={id}
          to="/evidence/$evidenceId"
          params={{ evidenceId: id }}
          size="xs"
          ff="monospace"
          title={id}
        >
          {shortId(id)}
        </AnchorLink>
      ))}
      {ids.length > SHOWN && (
        <Button variant="subtle" size="compact-xs" onClick={() => setAll(!all)}>
          {all ? 'fewer' : `+${ids.length - SHOWN} more`}
        </Button>
      )}
    </Group>
  );
}
