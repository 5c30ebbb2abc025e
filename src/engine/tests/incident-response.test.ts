import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentResponse } from './incident-response.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Severity = 'critical' | 'high' | 'medium' | 'low';
type Incident = {
  id: string;
  severity: Severity;
  opened_at: string;
  resolved_at?: string | null;
  resolution?: string | null;
  postmortem?: string | null;
};

const incident = (observed: string, i: Incident) =>
  rec('incident', observed, { title: `Incident ${i.id}`, ...i });
const closed = (id: string, severity: Severity, opened: string, resolved: string, postmortem?: string) =>
  incident(opened, {
    id,
    severity,
    opened_at: opened,
    resolved_at: resolved,
    resolution: 'Rolled back the release',
    ...(postmortem ? { postmortem } : {}),
  });

describe('incident-response', () => {
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const base = { test: 'incident-response', frequency: 'event', evidence: ['incident'], period } as const;
  const run = (records: ReturnType<typeof incident>[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, incidentResponse);

  it('meets resolved incidents with a resolution, and a postmortem where the severity needs one', () => {
    const out = run([
      closed('INC-1', 'critical', '2026-02-01T10:00:00Z', '2026-02-01T14:00:00Z', 'docs/pm/inc-1.md'),
      closed('INC-2', 'low', '2026-03-01T10:00:00Z', '2026-03-02T06:00:00Z'),
    ]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.start, u.end]),
      [
        ['INC-1', 'met', '2026-02-01', '2026-02-01'],
        ['INC-2', 'met', '2026-03-01', '2026-03-01'],
      ],
    );
    assert.deepEqual(out.details, {
      incidents: 2,
      by_severity: { critical: 1, low: 1 },
      resolved: 2,
      mean_hours_to_resolve: 12,
      open: [],
    });
  });

  it('fails an open incident, a resolution left blank and a missing postmortem', () => {
    const out = run([
      incident('2026-02-01', { id: 'INC-1', severity: 'medium', opened_at: '2026-02-01' }),
      incident('2026-02-02', {
        id: 'INC-2',
        severity: 'low',
        opened_at: '2026-02-02',
        resolved_at: '2026-02-03',
        resolution: '  ',
      }),
      closed('INC-3', 'high', '2026-02-04T00:00:00Z', '2026-02-04T03:00:00Z'),
      incident('2026-02-05', {
        id: 'INC-4',
        severity: 'critical',
        opened_at: '2026-02-05',
        resolved_at: null,
        postmortem: '',
      }),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      'INC-1': 'failed: not resolved',
      'INC-2': 'failed: resolved without a recorded resolution',
      'INC-3': 'failed: no postmortem (high)',
      'INC-4': 'failed: not resolved; no postmortem (critical)',
    });
    assert.deepEqual(out.details.open, ['INC-1', 'INC-4']);
    assert.equal(out.details.mean_hours_to_resolve, 13.5); // (24 + 3) / 2
    assert.deepEqual(out.details.by_severity, { medium: 1, low: 1, high: 1, critical: 1 });
  });

  it('takes the postmortem severities from the parameters', () => {
    const records = [
      closed('INC-1', 'high', '2026-02-01', '2026-02-02'),
      closed('INC-2', 'medium', '2026-02-03', '2026-02-04'),
    ];
    assert.deepEqual(
      exceptionsOf(run(records, { params: { postmortem_severities: ['critical', 'medium'] } })),
      {
        'INC-2': 'failed: no postmortem (medium)',
      },
    );
    assert.deepEqual(exceptionsOf(run(records, { params: { postmortem_severities: [] } })), {});
  });

  it('counts incidents opened on the first and last days and none opened outside the period', () => {
    const out = run([
      closed('INC-0', 'low', '2025-12-31T23:59:59Z', '2026-01-01T02:00:00Z'),
      closed('INC-1', 'low', '2026-01-01T00:00:00Z', '2026-01-01T02:00:00Z'),
      closed('INC-2', 'low', '2026-06-30T23:59:59Z', '2026-07-01T01:00:00Z'),
      closed('INC-3', 'low', '2026-07-01T00:00:00Z', '2026-07-01T02:00:00Z'),
      // Observed in the period, but opened before it: not in this period's population.
      incident('2026-01-05', { id: 'INC-9', severity: 'low', opened_at: '2025-12-20' }),
    ]);
    assert.deepEqual(
      out.units.map((u) => u.label),
      ['INC-1', 'INC-2'],
    );
  });

  it('judges an incident exported several times by its latest record', () => {
    const opened = incident('2026-03-01T09:00:00Z', {
      id: 'INC-7',
      severity: 'high',
      opened_at: '2026-03-01T09:00:00Z',
    });
    const resolved = incident('2026-03-03T09:00:00Z', {
      id: 'INC-7',
      severity: 'high',
      opened_at: '2026-03-01T09:00:00Z',
      resolved_at: '2026-03-02T09:00:00Z',
      resolution: 'Rotated the leaked key',
      postmortem: 'docs/pm/inc-7.md',
    });
    const out = run([resolved, opened]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence]),
      [['INC-7', 'met', [opened.id, resolved.id]]],
    );
    assert.equal(out.details.mean_hours_to_resolve, 24);
    assert.deepEqual(exceptionsOf(run([opened])), { 'INC-7': 'failed: not resolved; no postmortem (high)' });
  });

  it('is an empty population when no incident was opened', () => {
    const out = run([]);
    assert.deepEqual(out.units, []);
    assert.equal(out.details.mean_hours_to_resolve, null);
  });
});
