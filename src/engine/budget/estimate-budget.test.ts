import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CATEGORIES, type Category } from '../../core/category.ts';
import { EvidentError } from '../../core/errors.ts';
import { BUDGET_RANGES } from './budget-ranges.ts';
import { type Budget, type BudgetInput, estimateBudget } from './estimate-budget.ts';

const NO_GAPS = { critical: 0, high: 0, medium: 0, low: 0 };
const figures = (b: Budget) =>
  [...b.lines, ...b.ongoing].map((l) => [l.item, l.low, l.high, l.open_ended ?? false]);

describe('estimateBudget', () => {
  it('places a mid-sized Type II with many open gaps', () => {
    const b = estimateBudget({
      type: 'II',
      categories: ['security', 'availability', 'confidentiality', 'privacy'],
      headcount: 1000,
      systems: 12,
      vendors: 8,
      openGaps: { critical: 1, high: 12, medium: 3, low: 0 },
    });
    assert.deepEqual(figures(b), [
      ['readiness_assessment', 18_500, 23_500, false],
      ['type2_audit', 45_500, 58_000, false],
      ['remediation', 80_000, 100_000, true],
      ['type2_renewal', 32_500, 40_000, false],
    ]);
    assert.deepEqual(b.total, { low: 144_000, high: 181_500, open_ended: true });
    const audit = b.lines[1]!.reasons;
    assert.ok(
      audit.includes('3 categories beyond Security (Availability, Confidentiality, Privacy): +$9,800'),
    );
    assert.ok(audit.includes('headcount 1,000: large (251–1,000): +$6,300'));
    assert.ok(b.lines[2]!.reasons.includes('12 open high gaps at 4 points each: 48 points'));
    assert.match(b.ongoing[0]!.reasons[0]!, /not part of this year/);
  });

  it('keeps a small Security-only Type I at the bottom, with no Type II lines', () => {
    const b = estimateBudget({
      type: 'I',
      categories: ['security'],
      systems: 3,
      vendors: 0,
      openGaps: NO_GAPS,
    });
    assert.deepEqual(figures(b), [
      ['readiness_assessment', 11_500, 16_500, false],
      ['type1_audit', 17_000, 23_000, false],
      ['remediation', 20_000, 40_000, false],
    ]);
    assert.deepEqual(b.total, { low: 48_500, high: 79_500 });
    assert.match(b.lines[0]!.reasons.join('\n'), /headcount not given: assumed medium/);
    assert.match(b.lines[2]!.reasons.join('\n'), /no open readiness gaps/);
  });

  it('reaches the bottom and the top of every published range', () => {
    const bottom = estimateBudget({
      type: 'II',
      categories: ['security'],
      headcount: 10,
      systems: 0,
      vendors: 0,
      openGaps: NO_GAPS,
    });
    assert.deepEqual(figures(bottom), [
      ['readiness_assessment', 10_000, 15_000, false],
      ['type2_audit', 25_000, 37_500, false],
      ['remediation', 20_000, 40_000, false],
      ['type2_renewal', 20_000, 27_500, false],
    ]);
    const top = estimateBudget({
      type: 'II',
      categories: [...CATEGORIES],
      headcount: 5000,
      systems: 100,
      vendors: 100,
      openGaps: { critical: 20, high: 0, medium: 0, low: 0 },
    });
    assert.deepEqual(figures(top), [
      ['readiness_assessment', 25_000, 30_000, false],
      ['type2_audit', 62_500, 75_000, false],
      ['remediation', 80_000, 100_000, true],
      ['type2_renewal', 42_500, 50_000, false],
    ]);
  });

  it('prices a renewal year as the renewal audit, with remediation only while gaps are open', () => {
    const base: BudgetInput = {
      type: 'II',
      categories: ['security'],
      headcount: 120,
      systems: 10,
      vendors: 5,
      openGaps: NO_GAPS,
      renewal: true,
    };
    const clean = estimateBudget(base);
    assert.deepEqual(
      clean.lines.map((l) => l.item),
      ['type2_renewal'],
    );
    assert.deepEqual(clean.total, { low: clean.lines[0]!.low, high: clean.lines[0]!.high });
    const gaps = estimateBudget({ ...base, openGaps: { ...NO_GAPS, medium: 2 } });
    assert.deepEqual(
      gaps.lines.map((l) => [l.item, l.low, l.high]),
      [
        ['type2_renewal', clean.lines[0]!.low, clean.lines[0]!.high],
        ['remediation', 24_000, 44_000],
      ],
    );
  });

  it('rejects counts that are not whole numbers, and a Type I renewal', () => {
    const base: BudgetInput = {
      type: 'II',
      categories: ['security'],
      systems: 1,
      vendors: 1,
      openGaps: NO_GAPS,
    };
    const rejects = (input: BudgetInput, pattern: RegExp) =>
      assert.throws(
        () => estimateBudget(input),
        (e: unknown) => e instanceof EvidentError && e.code === 'bad_input' && pattern.test(e.message),
      );
    rejects({ ...base, systems: -1 }, /systems must be a whole number ≥ 0/);
    rejects({ ...base, openGaps: { ...NO_GAPS, high: 1.5 } }, /openGaps.high/);
    rejects({ ...base, headcount: 0 }, /headcount must be a whole number ≥ 1/);
    rejects({ ...base, type: 'I', renewal: true }, /renewal is priced as a Type II/);
  });
});

describe('estimateBudget: properties', () => {
  const gaps = fc.record({
    critical: fc.nat(30),
    high: fc.nat(60),
    medium: fc.nat(100),
    low: fc.nat(200),
  });
  const extra = fc.subarray(CATEGORIES.filter((c) => c !== 'security'));
  const input = fc.record({
    type: fc.constantFrom('I' as const, 'II' as const),
    categories: extra.map((c): Category[] => ['security', ...c]),
    headcount: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
    systems: fc.nat(200),
    vendors: fc.nat(200),
    openGaps: gaps,
    renewal: fc.boolean(),
  });
  const valid = input.map((i): BudgetInput => (i.type === 'I' ? { ...i, renewal: false } : i));

  it('keeps every line inside its published range, rounded, explained, and totals as sums', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const b = estimateBudget(i);
        for (const l of [...b.lines, ...b.ongoing]) {
          const r = BUDGET_RANGES[l.item];
          assert.ok(r.low <= l.low && l.low <= l.high && l.high <= r.high, `${l.item} ${l.low}–${l.high}`);
          assert.equal(l.low % 500, 0);
          assert.equal(l.high % 500, 0);
          assert.ok(l.reasons.length > 0 && l.reasons.every((s) => s.length > 0));
          if (l.open_ended) assert.ok(r.open_ended && l.high === r.high);
        }
        assert.equal(
          b.total.low,
          b.lines.reduce((s, l) => s + l.low, 0),
        );
        assert.equal(
          b.total.high,
          b.lines.reduce((s, l) => s + l.high, 0),
        );
        assert.equal(
          b.total.open_ended ?? false,
          b.lines.some((l) => l.open_ended),
        );
      }),
    );
  });

  it('gives a Type I no Type II lines', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const b = estimateBudget({ ...i, type: 'I', renewal: false });
        assert.deepEqual(
          b.lines.map((l) => l.item),
          ['readiness_assessment', 'type1_audit', 'remediation'],
        );
        assert.deepEqual(b.ongoing, []);
      }),
    );
  });

  it('never lowers an estimate when scope or open gaps grow', () => {
    const more = fc.record({
      categories: extra,
      headcount: fc.nat(5000),
      systems: fc.nat(50),
      vendors: fc.nat(50),
      gaps,
    });
    fc.assert(
      fc.property(valid, more, (a, d) => {
        const b: BudgetInput = {
          ...a,
          categories: [...new Set([...a.categories, ...d.categories])],
          headcount: a.headcount === undefined ? undefined : a.headcount + d.headcount,
          systems: a.systems + d.systems,
          vendors: a.vendors + d.vendors,
          openGaps: {
            critical: a.openGaps.critical + d.gaps.critical,
            high: a.openGaps.high + d.gaps.high,
            medium: a.openGaps.medium + d.gaps.medium,
            low: a.openGaps.low + d.gaps.low,
          },
        };
        const [x, y] = [estimateBudget(a), estimateBudget(b)];
        for (const l of [...x.lines, ...x.ongoing]) {
          const m = [...y.lines, ...y.ongoing].find((k) => k.item === l.item)!;
          assert.ok(m.low >= l.low && m.high >= l.high, `${l.item}: ${l.low}–${l.high} → ${m.low}–${m.high}`);
        }
        assert.ok(y.total.low >= x.total.low && y.total.high >= x.total.high);
      }),
    );
  });
});
