import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EvidentError } from '../../core/errors.ts';
import { HttpConfigSchema } from './config.ts';
import { MAX_DURATION_MS, parseDuration } from './duration.ts';

const rejects = (text: string, why: RegExp) =>
  assert.throws(
    () => parseDuration(text),
    (e: unknown) => e instanceof EvidentError && e.code === 'bad_config' && why.test(e.message),
    text,
  );

describe('parseDuration', () => {
  it('reads the units h, m, s, ms alone and combined, largest first', () => {
    assert.equal(parseDuration('60s'), 60_000);
    assert.equal(parseDuration('5m'), 300_000);
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('1h30m'), 5_400_000);
    assert.equal(parseDuration('1m30s'), 90_000);
    assert.equal(parseDuration('1.5s'), 1_500);
    assert.equal(parseDuration('0.1s'), 100);
    assert.equal(parseDuration(' 24h '), MAX_DURATION_MS);
  });

  it('rejects garbage with a message that says what to write', () => {
    rejects('60', /needs a unit/);
    rejects('', /empty/);
    rejects('5 m', /unexpected/);
    rejects('5min', /unexpected/);
    rejects('-5s', /unexpected/);
    rejects('30s1m', /largest first/);
    rejects('1s1s', /largest first/);
    rejects('0s', /at least 1ms/);
    rejects('0.5ms', /finer than a millisecond/);
    rejects('25h', /at most 24h/);
    rejects('1e3ms', /unexpected/);
  });

  it('never fails on random input with anything but a bad_config EvidentError', () => {
    const alphabet = fc.constantFrom(...'0123456789.hmsHM -+e\u00b5x'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 40 })), (text) => {
        try {
          const ms = parseDuration(text);
          assert.ok(Number.isInteger(ms) && ms >= 1 && ms <= MAX_DURATION_MS, `${text} → ${ms}`);
        } catch (e) {
          assert.ok(e instanceof EvidentError && e.code === 'bad_config', String(e));
          assert.match(e.message, /^invalid duration .*: .+ \(write e\.g\./);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('parses every well-formed duration to its exact milliseconds', () => {
    const part = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
    fc.assert(
      fc.property(part(23), part(59), part(59), part(999), (h, m, s, ms) => {
        const total = (h ?? 0) * 3_600_000 + (m ?? 0) * 60_000 + (s ?? 0) * 1_000 + (ms ?? 0);
        const text = [
          h === undefined ? '' : `${h}h`,
          m === undefined ? '' : `${m}m`,
          s === undefined ? '' : `${s}s`,
          ms === undefined ? '' : `${ms}ms`,
        ].join('');
        if (total === 0) return;
        assert.equal(parseDuration(text), total, text);
      }),
      { numRuns: 2000 },
    );
  });

  it('is what the interval option goes through, with its error at the option path', () => {
    const ok = HttpConfigSchema.parse({ targets: ['http://127.0.0.1/'], interval: '5m' });
    assert.equal(ok.intervalMs, 300_000);
    assert.equal(HttpConfigSchema.parse({ targets: ['http://127.0.0.1/'] }).intervalMs, 60_000);
    const bad = HttpConfigSchema.safeParse({ targets: ['http://127.0.0.1/'], interval: 'soon' });
    assert.ok(!bad.success);
    assert.deepEqual(bad.error.issues[0]?.path, ['interval']);
    assert.match(bad.error.issues[0]?.message ?? '', /invalid duration "soon"/);
    assert.ok(!HttpConfigSchema.safeParse({ targets: ['http://127.0.0.1/'], interval: 60 }).success);
  });
});
