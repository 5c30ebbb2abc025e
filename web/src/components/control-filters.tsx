import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queries } from '../api/queries.ts';
import type { ControlFilters as Filters } from '../api/types/controls.ts';
import { CONTROL_STATUSES } from '../api/types/statuses.ts';
import { words } from '../lib/format.ts';

type Props = { filters: Filters; onChange: (next: Filters) => void };

/** Status, category, criterion and text filters; the page keeps them in the URL. */
export function ControlFilters({ filters, onChange }: Props) {
  const criteria = useQuery(queries.criteria());
  const [text, setText] = useState(filters.q ?? '');
  const setQuery = useDebouncedCallback((q: string) => onChange({ ...filters, q }), 300);
  const categories = [...new Set((criteria.data?.criteria ?? []).map((c) => c.category))];
  const set = (key: keyof Filters) => (value: string | null) =>
    onChange({ ...filters, [key]: value ?? undefined });

  return (
    <Group align="flex-end" data-testid="control-filters">
      <TextInput
        label="Search"
        placeholder="id or title"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setQuery(e.currentTarget.value);
        }}
        data-testid="filter-q"
      />
      <Select
        label="Status"
        clearable
        data={CONTROL_STATUSES.map((s) => ({ value: s, label: words(s) }))}
        value={filters.status ?? null}
        onChange={set('status')}
        data-testid="filter-status"
      />
      <Select
        label="Category"
        clearable
        data={categories.map((c) => ({ value: c, label: words(c) }))}
        value={filters.category ?? null}
        onChange={set('category')}
        data-testid="filter-category"
      />
      <Select
        label="Criterion"
        clearable
        searchable
        data={(criteria.data?.criteria ?? []).map((c) => ({ value: c.id, label: `${c.id} ${c.title}` }))}
        value={filters.criterion ?? null}
        onChange={set('criterion')}
        data-testid="filter-criterion"
      />
    </Group>
  );
}
