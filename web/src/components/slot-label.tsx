import { Text } from '@mantine/core';
import { shortId } from '../lib/format.ts';
import { AnchorLink } from './anchor-link.tsx';

const RECORD_ID = /^[0-9a-f]{64}$/;

/**
 * A slot label (`2026-W14`) or an event item's label, which is often the record's id: that one is
 * shortened and links to the record.
 */
export function SlotLabel({ label }: { label: string }) {
  if (RECORD_ID.test(label)) {
    return (
      <AnchorLink
        to="/evidence/$evidenceId"
        params={{ evidenceId: label }}
        ff="monospace"
        size="sm"
        title={label}
      >
        {shortId(label)}
      </AnchorLink>
    );
  }
  return (
    <Text span ff="monospace" size="sm" className="wrap-anywhere">
      {label}
    </Text>
  );
}
