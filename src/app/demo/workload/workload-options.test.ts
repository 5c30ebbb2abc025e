import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { WorkloadOptions } from './workload-types.ts';
import { writeCompanyWorkload } from './write-company-workload.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-workload-options-'));
after(() => rmSync(root, { recursive: true, force: true }));

// Ends on the first month of a quarter: that quarter's reviews are due after the period's end.
const period = { start: '2026-05-01', end: '2026-10-31' };
let serial = 0;
const generate = async (options: WorkloadOptions) => {
  const file = join(root, `${serial++}.jsonl`);
  const stats = await writeCompanyWorkload(file, { people: 6, period, ...options });
  return { stats, text: readFileSync(file, 'utf8') };
};

describe('the company options of the workload generator', () => {
  let base: Awaited<ReturnType<typeof generate>>;
  before(async () => {
    base = await generate({});
  });

  it('renames the domain, the GitHub organisation and the first vendors, and changes nothing else', async () => {
    const renamed = await generate({
      domain: 'kestrel.example',
      githubOrg: 'kestrel',
      vendorNames: ['Stratus Cloud', 'Keystone Identity', 'Ledgerline Payments'],
    });
    const expected = base.text
      .replaceAll('example.com', 'kestrel.example')
      .replaceAll('"example/', '"kestrel/')
      .replaceAll('"Cloud provider"', '"Stratus Cloud"')
      .replaceAll('"Identity provider"', '"Keystone Identity"')
      .replaceAll('"Cobalt Analytics"', '"Ledgerline Payments"');
    assert.ok(expected !== base.text);
    assert.equal(renamed.text, expected);
    assert.equal(renamed.stats.records, base.stats.records);
  });

  it('with daysAfter, also writes the records scheduled in the days after the period, and only those', async () => {
    const longer = await generate({ daysAfter: 45 });
    assert.ok(longer.text.startsWith(base.text));
    const extra = longer.text.slice(base.text.length).split('\n').filter(Boolean);
    assert.ok(extra.length > 0);
    for (const line of extra) {
      const { observed_at } = JSON.parse(line) as { observed_at: string };
      assert.ok(observed_at >= '2026-11-01' && observed_at < '2026-12-16', observed_at);
    }
    assert.equal(longer.stats.records, base.stats.records + extra.length);
    assert.deepEqual(longer.stats.planted, base.stats.planted);
  });

  it('rejects a negative or fractional daysAfter', async () => {
    await assert.rejects(generate({ daysAfter: -1 }), /daysAfter/);
    await assert.rejects(generate({ daysAfter: 1.5 }), /daysAfter/);
  });
});
