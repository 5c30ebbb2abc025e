import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eachSubjectPasses } from './define-slot-test.ts';
import { encryptionAtRest } from './tests/encryption-at-rest.ts';
import { context, exceptionsOf, rec, runTest } from './tests/test-fixtures.ts';

const snapshot = (day: string, subject: string, encrypted: boolean) =>
  rec(
    'storage_encryption',
    day,
    {
      stores: [
        { name: `${subject}-db`, kind: 'postgres', encrypted, algorithm: encrypted ? 'AES-256' : null },
      ],
    },
    { subject },
  );

describe('snapshots judged per subject', () => {
  it('fails a day when one service fails, even if another service passes', () => {
    const ctx = context({
      test: 'encryption-at-rest',
      frequency: 'continuous',
      evidence: ['storage_encryption'],
      period: { start: '2026-05-01', end: '2026-05-03' },
    });
    const out = runTest(
      ctx,
      [
        snapshot('2026-05-01', 'billing', true),
        snapshot('2026-05-01', 'search', true),
        snapshot('2026-05-02', 'billing', true),
        snapshot('2026-05-02', 'search', false),
        snapshot('2026-05-03', 'billing', true),
        snapshot('2026-05-03', 'search', false),
        rec(
          'storage_encryption',
          '2026-05-03T18:00:00Z',
          {
            stores: [{ name: 'search-db', kind: 'postgres', encrypted: true, algorithm: 'AES-256' }],
          },
          { subject: 'search' },
        ),
      ],
      encryptionAtRest,
    );
    // 05-03: search was fixed later the same day, so one of its snapshots passes.
    assert.deepEqual(exceptionsOf(out), { '2026-05-02': 'failed: search: search-db: not encrypted' });
  });

  it('with one subject is "at least one record passes"', () => {
    const a = snapshot('2026-05-01', 'x', false);
    const b = snapshot('2026-05-01', 'x', true);
    assert.deepEqual(
      eachSubjectPasses([a, b], (r) =>
        (r.data as { stores: { encrypted: boolean }[] }).stores[0]?.encrypted ? null : 'no',
      ),
      {
        ok: true,
        evidence: [b.id],
      },
    );
  });
});
