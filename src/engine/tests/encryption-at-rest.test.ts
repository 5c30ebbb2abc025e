import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { encryptionAtRest } from './encryption-at-rest.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Store = { name: string; kind: string; encrypted: boolean; algorithm: string | null };
const store = (name: string, algorithm: string | null = 'AES-256', encrypted = true): Store => ({
  name,
  kind: 'postgres',
  encrypted,
  algorithm,
});
const snapshot = (day: string, stores: Store[] = [store('db'), store('bucket', 'AES256')]) =>
  rec('storage_encryption', day, { stores });

describe('encryption-at-rest', () => {
  const period = { start: '2026-03-02', end: '2026-03-04' };
  const base = {
    test: 'encryption-at-rest',
    frequency: 'continuous',
    evidence: ['storage_encryption'],
    period,
  } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, encryptionAtRest);

  it('is met on each day with a snapshot of encrypted stores and names a day without one as missing', () => {
    const out = run([snapshot('2026-03-02'), snapshot('2026-03-04')]);
    assert.equal(out.units.length, 3);
    assert.deepEqual(exceptionsOf(out), { '2026-03-03': 'missing' });
  });

  it('fails an unencrypted store and one with another or unknown algorithm, naming each', () => {
    const out = run([
      snapshot('2026-03-02', [store('db'), store('logs', null, false)]),
      snapshot('2026-03-03', [store('db', 'AES-128'), store('cache', null)]),
      snapshot('2026-03-04', []),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-03-02': 'failed: logs: not encrypted',
      '2026-03-03': 'failed: db: AES-128, not AES-256; cache: unknown algorithm, not AES-256',
      '2026-03-04': 'failed: no stores listed',
    });
  });

  it('accepts spellings that contain the algorithm, ignoring case and punctuation', () => {
    const day = (algorithm: string | null) =>
      run([snapshot('2026-03-02', [store('db', algorithm)])], {
        period: { start: '2026-03-02', end: '2026-03-02' },
      }).units[0]?.status;
    for (const name of ['AES-256', 'aes-256', 'AES256', 'AES_256', 'aws:kms AES-256', 'AES-256-GCM'])
      assert.equal(day(name), 'met', name);
    for (const name of ['AES-128', 'aws:kms', '', 'AES-25', null])
      assert.equal(day(name), 'failed', String(name));
  });

  it('takes the algorithm from the `algorithm` parameter', () => {
    const records = [
      snapshot('2026-03-02', [store('db', 'ChaCha20-Poly1305')]),
      snapshot('2026-03-03', [store('db', 'AES-256')]),
      snapshot('2026-03-04', [store('db', 'chacha20 poly1305')]),
    ];
    assert.deepEqual(exceptionsOf(run(records, { params: { algorithm: 'ChaCha20-Poly1305' } })), {
      '2026-03-03': 'failed: db: AES-256, not ChaCha20-Poly1305',
    });
    assert.deepEqual(Object.keys(exceptionsOf(run(records))), ['2026-03-02', '2026-03-04']);
  });

  it('is met by any passing snapshot of the day; snapshots on the day boundaries land on their own day', () => {
    const out = run([
      snapshot('2026-03-02T00:00:00Z', [store('db', null, false)]),
      snapshot('2026-03-02T23:59:59Z'),
      snapshot('2026-03-03T00:00:00Z', [store('db', null, false)]),
      snapshot('2026-03-04T12:00:00Z'),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-03-03': 'failed: db: not encrypted' });
  });

  it('caps the stores named in a reason', () => {
    const stores = Array.from({ length: 8 }, (_, i) => store(`s${i + 1}`, null, false));
    const out = run([snapshot('2026-03-02', stores), snapshot('2026-03-03'), snapshot('2026-03-04')]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-03-02':
        'failed: s1: not encrypted; s2: not encrypted; s3: not encrypted; s4: not encrypted; s5: not encrypted and 3 more',
    });
  });
});
