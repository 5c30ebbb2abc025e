import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EvidentError } from '../core/errors.ts';
import { CATALOG_DIR } from './catalog-dir.ts';
import { loadCatalog } from './load-catalog.ts';

const catalog = loadCatalog();
const count = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => {
    acc[key(t)] = (acc[key(t)] ?? 0) + 1;
    return acc;
  }, {});

describe('Trust Services Criteria catalog', () => {
  it('has all 61 criteria: 33 security, 3 availability, 2 confidentiality, 5 processing integrity, 18 privacy', () => {
    assert.equal(catalog.tsc.criteria.length, 61);
    assert.deepEqual(
      count(catalog.tsc.criteria, (c) => c.category),
      { security: 33, availability: 3, confidentiality: 2, processing_integrity: 5, privacy: 18 },
    );
  });

  it('groups the common criteria CC1–CC9 as 5+3+4+2+3+8+5+1+2', () => {
    const cc = count(
      catalog.tsc.criteria.filter((c) => c.id.startsWith('CC')),
      (c) => c.group,
    );
    assert.deepEqual(cc, { CC1: 5, CC2: 3, CC3: 4, CC4: 2, CC5: 3, CC6: 8, CC7: 5, CC8: 1, CC9: 2 });
  });

  it('gives CC1–CC5 their COSO principle, each of the 17 once, and no other criterion one', () => {
    const withCoso = catalog.tsc.criteria.filter((c) => c.coso !== undefined);
    assert.ok(withCoso.every((c) => /^CC[1-5]\./.test(c.id)));
    assert.deepEqual(
      withCoso.map((c) => c.coso).sort((a, b) => (a ?? 0) - (b ?? 0)),
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    assert.equal(catalog.tsc.criteria.find((c) => c.id === 'CC2.1')?.coso, 13);
    assert.equal(catalog.tsc.criteria.find((c) => c.id === 'CC3.1')?.coso, 6);
  });

  it('lists the privacy criteria P1.1 … P8.1 without the P*.0 group headings', () => {
    const privacy = catalog.tsc.criteria.filter((c) => c.category === 'privacy').map((c) => c.id);
    assert.ok(privacy.includes('P6.7') && privacy.includes('P8.1'));
    assert.ok(!privacy.some((id) => id.endsWith('.0')));
  });
});

describe('ISO/IEC 27001:2022 Annex A catalog', () => {
  it('has 93 controls in four themes of 37, 8, 14 and 34', () => {
    assert.equal(catalog.iso.controls.length, 93);
    assert.deepEqual(
      count(catalog.iso.controls, (c) => c.theme),
      {
        organizational: 37,
        people: 8,
        physical: 14,
        technological: 34,
      },
    );
  });

  it('marks exactly the 11 controls new in 2022 and says the 114 were consolidated', () => {
    const fresh = catalog.iso.controls.filter((c) => c.new_in_2022).map((c) => c.id);
    assert.deepEqual(fresh.sort(), [
      'A.5.23',
      'A.5.30',
      'A.5.7',
      'A.7.4',
      'A.8.10',
      'A.8.11',
      'A.8.12',
      'A.8.16',
      'A.8.23',
      'A.8.28',
      'A.8.9',
    ]);
    assert.match(catalog.iso.note ?? '', /114/);
  });
});

const FIXED: [id: string, frequency: string, evidence: string[], criteria: string[]][] = [
  ['access-review', 'monthly', ['access_review'], ['CC6.2', 'CC6.3']],
  ['vuln-scan', 'weekly', ['vulnerability_scan'], ['CC7.1']],
  ['vuln-remediation', 'event', ['vulnerability_scan'], ['CC7.1']],
  ['pentest', 'annual', ['pentest'], []],
  ['incident-response', 'event', ['incident'], ['CC7.3', 'CC7.4', 'CC7.5']],
  ['uptime-monitoring', 'continuous', ['uptime_summary'], ['A1.1']],
  ['ir-plan-test', 'annual', ['ir_test'], []],
  ['dr-test', 'annual', ['dr_test'], ['A1.3']],
  ['capacity-monitoring', 'weekly', ['capacity_check'], ['A1.1']],
  ['encryption-at-rest', 'continuous', ['storage_encryption'], ['C1.1']],
  ['encryption-in-transit', 'continuous', ['tls_scan'], ['CC6.7']],
  ['access-control', 'monthly', ['access_control'], ['CC6.3']],
  ['data-classification', 'quarterly', ['data_inventory'], ['C1.1']],
  ['change-approval', 'event', ['change'], ['CC8.1']],
  ['monitoring-alerts', 'continuous', ['alert_rules'], ['CC7.2']],
  ['security-training', 'annual', ['training_record', 'personnel'], ['CC1.4', 'CC2.2']],
  ['vendor-risk', 'annual', ['vendor_assessment'], ['CC9.2']],
  ['offboarding', 'event', ['offboarding'], ['CC6.2']],
];

describe('default control library', () => {
  it('has at least 50 controls with unique ids', () => {
    assert.ok(catalog.controls.length >= 50, `only ${catalog.controls.length}`);
    assert.equal(new Set(catalog.controls.map((c) => c.id)).size, catalog.controls.length);
  });

  for (const [id, frequency, evidence, criteria] of FIXED) {
    it(`has the fixed control ${id} (${frequency}, ${evidence.join(' + ')})`, () => {
      const control = catalog.controls.find((c) => c.id === id);
      assert.ok(control, `${id} is missing`);
      assert.equal(control.frequency, frequency);
      assert.deepEqual(control.evidence, evidence);
      assert.equal(control.test, id);
      for (const c of criteria) assert.ok(control.criteria.includes(c), `${id} should map to ${c}`);
    });
  }

  it('covers every one of the 61 criteria, including every Security, A, C and PI criterion', () => {
    const mapped = new Set(catalog.controls.flatMap((c) => c.criteria));
    const missing = catalog.tsc.criteria.filter((c) => !mapped.has(c.id)).map((c) => c.id);
    assert.deepEqual(missing, []);
  });

  it('supports every governance criterion (CC1–CC5) and every privacy criterion with a document-based control', () => {
    const documentary = catalog.controls.filter((c) => c.test === 'document' || c.test === 'policy-review');
    const mapped = new Set(documentary.flatMap((c) => c.criteria));
    const needed = catalog.tsc.criteria.filter((c) => /^CC[1-5]\./.test(c.id) || c.category === 'privacy');
    assert.deepEqual(
      needed.filter((c) => !mapped.has(c.id)).map((c) => c.id),
      [],
    );
    for (const c of catalog.controls.filter((x) => x.test === 'document')) {
      assert.equal(typeof c.params.kind, 'string', `${c.id} names the kind of document it expects`);
    }
  });

  it('maps controls to Annex A many-to-many', () => {
    assert.ok(catalog.controls.some((c) => c.iso.length > 1));
    const refs = catalog.controls.flatMap((c) => c.iso);
    assert.ok(new Set(refs).size < refs.length, 'some Annex A control is supported by several controls');
  });
});

describe('common findings', () => {
  it('covers access reviews, change management, monitoring, security training and vendor management', () => {
    assert.deepEqual(catalog.findings.map((f) => f.area).sort(), [
      'access-reviews',
      'change-management',
      'monitoring',
      'security-training',
      'vendor-management',
    ]);
    for (const f of catalog.findings) assert.ok(f.issue.length > 40 && f.fix.length > 40);
  });
});

describe('a broken catalog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-catalog-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const broken = (file: string, edit: (text: string) => string) => {
    const copy = join(dir, file.replace(/\W/g, '-'));
    cpSync(CATALOG_DIR, copy, { recursive: true });
    writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
    return copy;
  };
  const fails = (copy: string, pattern: RegExp) =>
    assert.throws(
      () => loadCatalog(copy),
      (e: unknown) =>
        e instanceof EvidentError &&
        e.code === 'bad_catalog' &&
        e.problems.some((p) => pattern.test(`${p.position?.file}:${p.position?.line ?? ''} ${p.message}`)),
    );

  it('fails on a wrong type, naming the file and line', () => {
    fails(
      broken('controls.yaml', (t) => t.replace('frequency: monthly', 'frequency: fortnightly')),
      /^controls\.yaml:\d+ .*frequency/,
    );
  });

  it('fails on a control mapped to a criterion that does not exist', () => {
    fails(
      broken('controls.yaml', (t) => t.replace('criteria: [CC6.2, CC6.3', 'criteria: [CC6.9, CC6.3')),
      /unknown criterion CC6\.9/,
    );
  });

  it('fails on a duplicate criterion', () => {
    fails(
      broken('tsc-2017.yaml', (t) => t.replace('id: CC1.2,', 'id: CC1.1,')),
      /duplicate CC1\.1/,
    );
  });
});
