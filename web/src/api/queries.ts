import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch, queryString } from './api-fetch.ts';
import type { Budget } from './types/budget.ts';
import type { ControlDetail, ControlFilters, ControlRow } from './types/controls.ts';
import type { EvidenceItem, EvidencePage, EvidenceQuery } from './types/evidence.ts';
import type { Criterion, Overview } from './types/overview.ts';
import type { Plan } from './types/plan.ts';
import type { Readiness } from './types/readiness.ts';
import type { Me } from './types/session.ts';
import type { Sources } from './types/sources.ts';

const get =
  <T>(path: string) =>
  () =>
    apiFetch<T>(path);
const id = (value: string) => encodeURIComponent(value);

/** The read routes of docs/api.md as TanStack Query options, keyed under the route they call. */
export const queries = {
  me: () => queryOptions({ queryKey: ['me'], queryFn: get<Me>('/api/me'), staleTime: 5 * 60_000 }),
  overview: () => queryOptions({ queryKey: ['overview'], queryFn: get<Overview>('/api/overview') }),
  controls: (filters: ControlFilters) =>
    queryOptions({
      queryKey: ['controls', filters],
      queryFn: get<{ controls: ControlRow[] }>(`/api/controls${queryString(filters)}`),
      placeholderData: keepPreviousData,
    }),
  control: (controlId: string) =>
    queryOptions({
      queryKey: ['control', controlId],
      queryFn: get<ControlDetail>(`/api/controls/${id(controlId)}`),
    }),
  criteria: () =>
    queryOptions({ queryKey: ['criteria'], queryFn: get<{ criteria: Criterion[] }>('/api/criteria') }),
  evidence: (query: EvidenceQuery) =>
    queryOptions({
      queryKey: ['evidence', query],
      queryFn: get<EvidencePage>(`/api/evidence${queryString(query)}`),
      placeholderData: keepPreviousData,
    }),
  evidenceItem: (evidenceId: string) =>
    queryOptions({
      queryKey: ['evidence-item', evidenceId],
      queryFn: get<EvidenceItem>(`/api/evidence/${id(evidenceId)}`),
    }),
  readiness: () => queryOptions({ queryKey: ['readiness'], queryFn: get<Readiness>('/api/readiness') }),
  plan: () => queryOptions({ queryKey: ['plan'], queryFn: get<Plan>('/api/plan') }),
  budget: () => queryOptions({ queryKey: ['budget'], queryFn: get<Budget>('/api/budget') }),
  sources: () => queryOptions({ queryKey: ['sources'], queryFn: get<Sources>('/api/sources') }),
};
