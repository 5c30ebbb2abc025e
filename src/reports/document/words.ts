import type { Frequency } from '../../core/frequency.ts';
import type { ControlStatus } from '../../engine/control-status.ts';
import type { CriterionStatus } from '../../engine/evaluation.ts';
import type { ReportControl, ReportModel } from '../report-model.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-01-01` → `1 January 2026`; dates in the model are UTC calendar dates (DESIGN.md §5). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  const month = MONTHS[Number(m) - 1];
  return month && d ? `${Number(d)} ${month} ${y}` : iso;
}

/** `2026-02-03T09:12:00Z` → `2026-02-03 09:12 UTC`. */
export const dateTime = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;

/** The Type I as-of date (`period.start` = `period.end` there). */
export const asOf = (model: ReportModel): string => model.as_of ?? model.period.end;

/** "the period 1 January 2026 to 31 December 2026" (Type II) or "31 December 2026" (Type I). */
export const periodWords = (model: ReportModel): string =>
  model.type === 'II'
    ? `the period ${longDate(model.period.start)} to ${longDate(model.period.end)}`
    : longDate(asOf(model));

/** "throughout the period …" (Type II) or "as of …" (Type I): the time qualifier of DC 200 and TSP 100. */
export const throughout = (model: ReportModel): string =>
  model.type === 'II' ? `throughout ${periodWords(model)}` : `as of ${periodWords(model)}`;

/** `['a', 'b', 'c']` → `a, b and c`. */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const categoryWords = (model: ReportModel): string => joinWords(model.categories.map((c) => c.title));

/** Evidence ids are SHA-256 hex (docs/ledger.md); twelve digits identify one in print. */
export const shortId = (id: string): string => (/^[0-9a-f]{64}$/i.test(id) ? id.slice(0, 12) : id);

/** A heading anchor: lower-case letters, digits and hyphens only, so it is safe in HTML and Markdown. */
export const anchor = (...parts: string[]): string =>
  parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section';

export const CONTROL_STATUS_WORDS: Record<ControlStatus, string> = {
  effective: 'Effective',
  exceptions: 'Exceptions noted',
  not_effective: 'Not effective',
  no_evidence: 'No evidence',
  not_applicable: 'Not applicable',
};

export const CRITERION_STATUS_WORDS: Record<CriterionStatus, string> = {
  met: 'Met',
  at_risk: 'At risk',
  no_controls: 'No controls',
};

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const FREQUENCY_WORDS: Record<Frequency, string> = {
  continuous: 'Continuous',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
  event: 'Per event',
};

/** DESIGN.md §4: evidence imported long after its event time is retroactive, and reports say so. */
export const retroactiveWords = (c: ReportControl): string =>
  `${c.id}: ${plural(c.retroactive, 'evidence record was', 'evidence records were')} collected 14 days or ` +
  'more after the event (retroactive evidence).';
