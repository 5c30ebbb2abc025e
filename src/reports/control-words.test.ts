import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asProgrammeControl } from '../core/programme.ts';
import type { ControlResult } from '../engine/evaluation.ts';
import { controlWords } from './control-words.ts';

const period = { start: '2026-01-01', end: '2026-12-31' };
const control = asProgrammeControl({
  id: 'vuln-scan',
  title: 'Weekly vulnerability scanning',
  description: 'Scans run weekly.',
  owner: 'Security',
  frequency: 'weekly',
  evidence: ['vulnerability_scan'],
  test: 'vuln-scan',
  params: {},
  criteria: ['CC7.1'],
  iso: [],
  grace_days: 0,
  tolerable_rate: 0.1,
});
const result = (over: Partial<ControlResult>): ControlResult => ({
  id: 'vuln-scan',
  title: control.title,
  frequency: 'weekly',
  test: 'vuln-scan',
  criteria: ['CC7.1'],
  status: 'effective',
  expected: 52,
  met: 52,
  exceptions: [],
  details: {},
  population: [],
  ...over,
});
const ex = (slot: string, reason: string) => ({ slot, reason, evidence: [] });

describe('section 4 wording of a control', () => {
  it('says what was tested and "No exceptions noted." when every slot was met', () => {
    assert.deepEqual(controlWords(result({}), control, { type: 'II', period }), {
      tested: '52 weekly slots of the period.',
      result: 'No exceptions noted.',
    });
  });

  it('counts the exceptions by kind', () => {
    const r = result({
      status: 'exceptions',
      met: 50,
      exceptions: [ex('2026-W14', 'missing'), ex('2026-W20', 'failed: critical finding open 30 days')],
    });
    assert.equal(
      controlWords(r, control, { type: 'II', period }).result,
      '2 exceptions out of 52 weekly slots (1 missing, 1 failed).',
    );
  });

  it('labels an empty event population "did not occur", and all-missing as no evidence', () => {
    const event = { ...control, frequency: 'event' as const, evidence: ['incident' as const] };
    const empty = controlWords(result({ frequency: 'event', expected: 0, met: 0 }), event, {
      type: 'II',
      period,
    });
    assert.deepEqual(empty, {
      tested: 'The incident items of the period: none occurred.',
      result: 'Did not occur: no incident items in the period.',
    });
    const none = result({ status: 'no_evidence', met: 0, exceptions: [ex('2026-W01', 'missing')] });
    assert.match(controlWords(none, control, { type: 'II', period }).result, /^No evidence of operation/);
  });

  it('words a Type I result as design and implementation at the date', () => {
    const words = controlWords(result({ expected: 1, met: 1 }), control, {
      type: 'I',
      period: { start: '2026-06-30', end: '2026-06-30' },
      as_of: '2026-06-30',
    });
    assert.match(words.tested, /^Design and implementation as of 2026-06-30/);
    assert.equal(words.result, 'Suitably designed and implemented as of 2026-06-30.');
  });
});
