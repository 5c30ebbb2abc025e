import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, isValidDate, monthsCovered } from '../../core/dates.ts';
import { EvidentError } from '../../core/errors.ts';
import type { AuditPlan } from './audit-plan.ts';
import { planAudit } from './plan-audit.ts';

const date = fc
  .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2098-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const spans = (plan: AuditPlan) => plan.phases.map((p) => [p.id, p.months.from, p.months.to, p.start, p.end]);
const weeks = (plan: AuditPlan) => plan.audit_weeks.map((w) => [w.week, w.step, w.start, w.end]);

describe('planAudit: Type II', () => {
  const plan = planAudit({ type: 'II', start: '2027-01-01' });

  it('lays the four phases over the first year, sharing boundary months', () => {
    assert.deepEqual(spans(plan), [
      ['scope', 1, 2, '2027-01-01', '2027-02-28'],
      ['readiness', 2, 4, '2027-02-01', '2027-04-30'],
      ['evidence', 4, 10, '2027-04-01', '2027-10-31'],
      ['audit', 10, 12, '2027-10-01', '2027-12-31'],
    ]);
    assert.deepEqual(plan.report, { type: 'II', period: { start: '2027-04-01', end: '2027-10-31' } });
    assert.equal(plan.start, '2027-01-01');
    assert.equal(plan.end, '2027-12-31');
  });

  it('runs the twelve audit weeks from the first day of the audit phase', () => {
    assert.deepEqual(weeks(plan), [
      [1, 'opening_meeting', '2027-10-01', '2027-10-07'],
      [2, 'design_review', '2027-10-08', '2027-10-14'],
      [3, 'design_review', '2027-10-15', '2027-10-21'],
      [4, 'design_review', '2027-10-22', '2027-10-28'],
      [5, 'control_testing', '2027-10-29', '2027-11-04'],
      [6, 'control_testing', '2027-11-05', '2027-11-11'],
      [7, 'control_testing', '2027-11-12', '2027-11-18'],
      [8, 'control_testing', '2027-11-19', '2027-11-25'],
      [9, 'draft_report', '2027-11-26', '2027-12-02'],
      [10, 'management_review', '2027-12-03', '2027-12-09'],
      [11, 'final_report', '2027-12-10', '2027-12-16'],
      [12, 'report_shared', '2027-12-17', '2027-12-23'],
    ]);
  });

  it('clamps month ends from a start on the 31st without drifting', () => {
    const p = planAudit({ type: 'II', start: '2027-01-31' });
    assert.deepEqual(spans(p), [
      ['scope', 1, 2, '2027-01-31', '2027-03-30'],
      ['readiness', 2, 4, '2027-02-28', '2027-05-30'],
      ['evidence', 4, 10, '2027-04-30', '2027-11-29'],
      ['audit', 10, 12, '2027-10-31', '2028-01-30'],
    ]);
    assert.deepEqual(p.audit_weeks[0], {
      week: 1,
      start: '2027-10-31',
      end: '2027-11-06',
      step: 'opening_meeting',
      title: p.audit_weeks[0]?.title,
    });
    assert.deepEqual(weeks(p).at(-1), [12, 'report_shared', '2028-01-16', '2028-01-22']);
    assert.equal(planAudit({ type: 'II', start: '2027-05-31' }).phases[3]?.start, '2028-02-29');
  });

  it('moves the audit with a longer or shorter observation period', () => {
    const year = planAudit({ type: 'II', start: '2027-01-01', periodMonths: 12 });
    assert.deepEqual(year.report, { type: 'II', period: { start: '2027-04-01', end: '2028-03-31' } });
    assert.deepEqual(spans(year).at(-1), ['audit', 15, 17, '2028-03-01', '2028-05-31']);
    const first = planAudit({ type: 'II', start: '2027-01-01', periodMonths: 3 });
    assert.deepEqual(first.report, { type: 'II', period: { start: '2027-04-01', end: '2027-06-30' } });
  });

  it('gives every phase concrete tasks, naming commands where Evident does the work', () => {
    for (const p of plan.phases) assert.ok(p.tasks.length >= 5, p.id);
    const readiness = plan.phases.find((p) => p.id === 'readiness');
    assert.ok(readiness?.tasks.some((t) => t.command === 'evident readiness'));
    assert.ok(plan.phases[3]?.tasks.some((t) => /populations/.test(t.title)));
  });
});

describe('planAudit: Type I', () => {
  const plan = planAudit({ type: 'I', start: '2027-01-01' });

  it('has no observation period and audits as of the day after readiness ends', () => {
    assert.deepEqual(spans(plan), [
      ['scope', 1, 2, '2027-01-01', '2027-02-28'],
      ['readiness', 2, 4, '2027-02-01', '2027-04-30'],
      ['audit', 5, 6, '2027-05-01', '2027-06-30'],
    ]);
    assert.deepEqual(plan.report, { type: 'I', as_of: '2027-05-01' });
    assert.equal(plan.end, '2027-06-30');
  });

  it('compresses the engagement to eight weeks with one week of testing', () => {
    assert.deepEqual(weeks(plan), [
      [1, 'opening_meeting', '2027-05-01', '2027-05-07'],
      [2, 'design_review', '2027-05-08', '2027-05-14'],
      [3, 'design_review', '2027-05-15', '2027-05-21'],
      [4, 'control_testing', '2027-05-22', '2027-05-28'],
      [5, 'draft_report', '2027-05-29', '2027-06-04'],
      [6, 'management_review', '2027-06-05', '2027-06-11'],
      [7, 'final_report', '2027-06-12', '2027-06-18'],
      [8, 'report_shared', '2027-06-19', '2027-06-25'],
    ]);
  });

  it('clamps from a start on the 31st', () => {
    const p = planAudit({ type: 'I', start: '2027-01-31' });
    assert.deepEqual(spans(p).at(-1), ['audit', 5, 6, '2027-05-31', '2027-07-30']);
    assert.deepEqual(p.report, { type: 'I', as_of: '2027-05-31' });
  });

  it('leaves out the tasks that only make sense over a period', () => {
    const titles = plan.phases.flatMap((p) => p.tasks.map((t) => t.title)).join('\n');
    assert.doesNotMatch(titles, /observation period opens|sample testing|bridge letter/);
  });
});

describe('planAudit: bad input', () => {
  const rejects = (input: Parameters<typeof planAudit>[0], pattern: RegExp) =>
    assert.throws(
      () => planAudit(input),
      (e: unknown) => e instanceof EvidentError && e.code === 'bad_input' && pattern.test(e.message),
    );

  it('rejects a malformed start and an observation period out of practice', () => {
    rejects({ type: 'II', start: '2027-02-30' }, /not a YYYY-MM-DD date/);
    rejects({ type: 'II', start: '2027-01-01', periodMonths: 2 }, /from 3 to 12/);
    rejects({ type: 'II', start: '2027-01-01', periodMonths: 13 }, /from 3 to 12/);
    rejects({ type: 'II', start: '2027-01-01', periodMonths: 6.5 }, /whole number/);
    rejects({ type: 'I', start: '2027-01-01', periodMonths: 6 }, /no observation period/);
  });
});

describe('planAudit: properties', () => {
  const input = fc.oneof(
    fc.record({
      type: fc.constant('II' as const),
      start: date,
      periodMonths: fc.integer({ min: 3, max: 12 }),
    }),
    fc.record({ type: fc.constant('I' as const), start: date }),
  );

  it('orders phases, keeps every date valid and every phase at least four weeks long', () => {
    fc.assert(
      fc.property(input, (i) => {
        const plan = planAudit(i);
        const phases = plan.phases;
        assert.equal(phases[0]?.start, i.start);
        assert.equal(plan.end, phases.at(-1)?.end);
        for (const p of phases) {
          assert.ok(isValidDate(p.start) && isValidDate(p.end));
          assert.ok(addDays(p.start, 27) <= p.end, `${p.id} ${p.start}..${p.end}`);
        }
        for (let k = 1; k < phases.length; k++) {
          const [a, b] = [phases[k - 1]!, phases[k]!];
          assert.ok(a.start <= b.start && a.end <= b.end && a.months.from <= b.months.from);
          // Phases touch or overlap: no idle gap between them.
          assert.ok(b.start <= addDays(a.end, 1));
        }
      }),
    );
  });

  it('makes the audit weeks seven days each, back to back, inside the audit phase', () => {
    fc.assert(
      fc.property(input, (i) => {
        const plan = planAudit(i);
        const audit = plan.phases.at(-1)!;
        const w = plan.audit_weeks;
        assert.equal(w.length, i.type === 'II' ? 12 : 8);
        assert.equal(w[0]?.start, audit.start);
        assert.ok(w.at(-1)!.end <= audit.end);
        w.forEach((week, k) => {
          assert.equal(week.week, k + 1);
          assert.ok(isValidDate(week.start) && isValidDate(week.end));
          assert.equal(addDays(week.start, 6), week.end);
          if (k > 0) assert.equal(week.start, addDays(w[k - 1]!.end, 1));
        });
      }),
    );
  });

  it('makes the Type II period the evidence phase, periodMonths whole months long', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 3, max: 12 }), (start, periodMonths) => {
        const plan = planAudit({ type: 'II', start, periodMonths });
        const evidence = plan.phases.find((p) => p.id === 'evidence')!;
        assert.deepEqual(plan.report, { type: 'II', period: { start: evidence.start, end: evidence.end } });
        assert.equal(monthsCovered(evidence.start, evidence.end), periodMonths);
        // The audit opens during the period's last month: design review overlaps the period's end.
        const opening = plan.audit_weeks[0]!.start;
        assert.ok(opening <= evidence.end && addDays(opening, 31) > evidence.end);
      }),
    );
  });

  it('puts the Type I as-of date on the day after readiness', () => {
    fc.assert(
      fc.property(date, (start) => {
        const plan = planAudit({ type: 'I', start });
        assert.ok(!plan.phases.some((p) => p.id === 'evidence'));
        assert.deepEqual(plan.report, { type: 'I', as_of: addDays(plan.phases[1]!.end, 1) });
      }),
    );
  });
});
