import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { EVIDENCE_TYPES } from '../lib/evidence-types.ts';

export type EvidenceSearch = {
  type?: string;
  source?: string;
  subject?: string;
  since?: string;
  until?: string;
  page?: number;
};

type Props = { search: EvidenceSearch; onChange: (next: EvidenceSearch) => void };

/** Type, source, subject and event-date filters; any change goes back to the first page. */
export function EvidenceFilters({ search, onChange }: Props) {
  const [text, setText] = useState({ source: search.source ?? '', subject: search.subject ?? '' });
  const commit = useDebouncedCallback((next: EvidenceSearch) => onChange(next), 300);
  const set = (key: keyof EvidenceSearch, value: string | null) =>
    onChange({ ...search, [key]: value || undefined, page: undefined });
  const typed = (key: 'source' | 'subject', value: string) => {
    setText({ ...text, [key]: value });
    commit({ ...search, [key]: value || undefined, page: undefined });
  };

  return (
    <Group align="flex-end" data-testid="evidence-filters">
      <Select
        label="Type"
        clearable
        searchable
        data={[...EVIDENCE_TYPES]}
        value={search.type ?? null}
        onChange={(v) => set('type', v)}
        data-testid="filter-type"
      />
      <TextInput
        label="Source"
        value={text.source}
        onChange={(e) => typed('source', e.currentTarget.value)}
        data-testid="filter-source"
      />
      <TextInput
        label="Subject"
        value={text.subject}
        onChange={(e) => typed('subject', e.currentTarget.value)}
        data-testid="filter-subject"
      />
      <TextInput
        label="Observed since"
        type="date"
        value={search.since ?? ''}
        onChange={(e) => set('since', e.currentTarget.value)}
        data-testid="filter-since"
      />
      <TextInput
        label="Observed until"
        type="date"
        value={search.until ?? ''}
        onChange={(e) => set('until', e.currentTarget.value)}
        data-testid="filter-until"
      />
    </Group>
  );
}
