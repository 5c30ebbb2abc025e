import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { sharedFixture } from '../../../test/support/shared-fixtures.ts';
import { reportFixture } from '../report-fixture.ts';
import type { ReportModel } from '../report-model.ts';
import { assessmentResults } from './assessment-results.ts';
import { EVIDENT_NS } from './evident-prop.ts';
import type { OscalObservation, OscalProp } from './oscal-types.ts';

// ajv-formats is CommonJS; under NodeNext its default import is the module object's `default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// Ajv's defaults (strict schema checks on) accept NIST's schema as it is; formats make uri/date-time real.
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const schemaFile = sharedFixture('oscal', 'oscal_assessment-results_schema-1.1.2.json');
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
const assertValid = (doc: unknown) => assert.ok(validate(doc), ajv.errorsText(validate.errors));

const model = reportFixture();
const doc = assessmentResults(model);
const ar = doc['assessment-results'];
const result = ar.results[0]!;
const observations = result.observations ?? [];
const findings = result.findings ?? [];
const prop = (props: OscalProp[] | undefined, name: string) =>
  props?.find((p) => p.name === name && p.ns === EVIDENT_NS)?.value;
const byTitle = new Map(observations.map((o) => [o.title, o]));
const observationOf = (control: string, label: string): OscalObservation => {
  const o = byTitle.get(`${control} ${label}`);
  assert.ok(o, `no observation for ${control} ${label}`);
  return o;
};

describe('assessmentResults', () => {
  it('is a valid OSCAL 1.1.2 assessment-results document', () => {
    assertValid(doc);
    assert.equal(ar.metadata['oscal-version'], '1.1.2');
    assert.equal(ar.metadata.title, 'Example Cloud Ltd — SOC 2 Type II assessment results (draft)');
    assert.equal(ar.metadata['last-modified'], model.generated_at);
    assert.equal(ar.metadata.parties?.[0]?.name, 'Example Cloud Limited');
  });

  it('rejects a broken document, so the validator is real', () => {
    const broken = structuredClone(doc) as unknown as {
      'assessment-results': { results: { findings: Record<string, unknown>[] }[] };
    };
    delete broken['assessment-results'].results[0]!.findings[0]!.target;
    assert.equal(validate(broken), false);
    assert.ok(validate.errors?.some((e) => e.message?.includes('target')));
    const badUuid = structuredClone(doc);
    badUuid['assessment-results'].uuid = 'not-a-uuid';
    assert.equal(validate(badUuid), false);
  });

  it('points import-ap at a back-matter resource that says no separate plan is published', () => {
    const href = ar['import-ap'].href;
    const resource = ar['back-matter'].resources.find((r) => `#${r.uuid}` === href);
    assert.ok(resource);
    assert.match(resource.description, /No separate OSCAL assessment plan/);
  });

  it('covers the period from its first to its last second', () => {
    assert.equal(result.start, '2026-01-01T00:00:00Z');
    assert.equal(result.end, '2026-12-31T23:59:59Z');
  });

  it('has one observation per unit of every population, each with its own uuid', () => {
    const units = model.controls.reduce((n, c) => n + c.population.length, 0);
    assert.equal(observations.length, units);
    const uuids = [ar.uuid, result.uuid, ...observations.map((o) => o.uuid), ...findings.map((f) => f.uuid)];
    assert.equal(new Set(uuids).size, uuids.length);
  });

  it('marks met units as control objectives and exceptions as discoveries, with the reason', () => {
    for (const control of model.controls)
      for (const unit of control.population) {
        const o = observationOf(control.id, unit.label);
        assert.deepEqual(o.types, [unit.status === 'met' ? 'control-objective' : 'discovery']);
        if (unit.reason && unit.status === 'failed') assert.ok(o.description.includes(unit.reason));
      }
    const missed = observationOf('vuln-scan', '2026-W14');
    assert.match(missed.description, /missing/);
    assert.match(missed['relevant-evidence'][0]?.description ?? '', /No evidence record was found/);
    assert.equal(missed.collected, '2026-04-05T23:59:59Z');
  });

  it("gives every met unit's evidence its ledger index, record id and leaf hash", () => {
    for (const control of model.controls)
      for (const unit of control.population.filter((u) => u.status === 'met')) {
        const evidence = observationOf(control.id, unit.label)['relevant-evidence'];
        assert.equal(evidence.length, unit.evidence.length);
        unit.evidence.forEach((id, i) => {
          const ref = model.evidence[id]!;
          const e = evidence[i];
          assert.equal(prop(e?.props, 'ledger-index'), String(ref.ledger_index));
          assert.equal(prop(e?.props, 'record-id'), ref.id);
          assert.equal(prop(e?.props, 'leaf-hash'), ref.leaf_hash);
          assert.equal(e?.href, `ni:///sha-256;${Buffer.from(ref.id, 'hex').toString('base64url')}`);
        });
      }
  });

  it('dates an observation by when its evidence reached the ledger', () => {
    const control = model.controls.find((c) => c.id === 'incident-response')!;
    const late = control.population[1]!;
    assert.equal(
      observationOf(control.id, late.label).collected,
      model.evidence[late.evidence[0]!]?.collected_at,
    );
  });

  it('has one finding per criterion in scope, with the state its status gives', () => {
    assert.deepEqual(
      findings.map((f) => f.target['target-id']),
      model.criteria.map((c) => c.id.toLowerCase()),
    );
    const reviewed = result['reviewed-controls']['control-selections'][0]?.['include-controls'];
    assert.deepEqual(
      reviewed?.map((c) => c['control-id']),
      findings.map((f) => f.target['target-id']),
    );
    const expected = {
      met: ['satisfied', 'pass'],
      at_risk: ['not-satisfied', 'fail'],
      no_controls: ['not-satisfied', 'other'],
    };
    model.criteria.forEach((c, i) => {
      const f = findings[i]!;
      assert.equal(f.target.type, 'objective-id');
      assert.deepEqual([f.target.status.state, f.target.status.reason], expected[c.status]);
      for (const id of c.controls) assert.ok(f.description.includes(id), `${c.id} names ${id}`);
    });
    assert.match(findings.find((f) => f.title.startsWith('CC6.2'))!.target.status.remarks, /access-review/);
  });

  it("links every exception from the findings of each of its control's criteria", () => {
    for (const control of model.controls)
      for (const unit of control.population.filter((u) => u.status !== 'met')) {
        const uuid = observationOf(control.id, unit.label).uuid;
        const criteria = model.criteria.filter((c) => c.controls.includes(control.id));
        assert.ok(criteria.length);
        for (const c of criteria) {
          const f = findings.find((x) => x.target['target-id'] === c.id.toLowerCase());
          assert.ok(f?.['related-observations']?.some((r) => r['observation-uuid'] === uuid));
        }
      }
    const linked = new Set(
      findings.flatMap((f) => f['related-observations'] ?? []).map((r) => r['observation-uuid']),
    );
    for (const o of observations) assert.equal(linked.has(o.uuid), o.types[0] === 'discovery', o.title);
  });

  it('gives byte-identical JSON for the same model', () => {
    const again = JSON.stringify(assessmentResults(structuredClone(reportFixture())));
    assert.equal(again, JSON.stringify(doc));
  });

  it('gives another organisation other uuids', () => {
    const other = assessmentResults({ ...model, organisation: { name: 'Other Ltd' } })['assessment-results'];
    assert.notEqual(other.uuid, ar.uuid);
    assert.notEqual(other.results[0]?.observations?.[0]?.uuid, observations[0]?.uuid);
  });

  it('exports a Type I view as a single point in time', () => {
    const typeI: ReportModel = {
      ...model,
      type: 'I',
      period: { start: '2026-06-30', end: '2026-06-30' },
      as_of: '2026-06-30',
    };
    const out = assessmentResults(typeI);
    assertValid(out);
    const r = out['assessment-results'].results[0]!;
    assert.equal(r.start, '2026-06-30T23:59:59Z');
    assert.equal(r.end, r.start);
    assert.match(out['assessment-results'].metadata.title, /SOC 2 Type I assessment/);
  });

  it('stays valid whatever the organisation, unit labels and reasons say', () => {
    const small: ReportModel = { ...model, controls: model.controls.filter((c) => c.population.length < 20) };
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.option(fc.string()),
        (org, label, reason, website) => {
          const [first, ...rest] = small.controls;
          const unit = { ...first!.population[0]!, label, status: 'failed' as const, reason };
          const organisation = { name: org, legal_name: org, ...(website === null ? {} : { website }) };
          const controls = [{ ...first!, population: [unit, ...first!.population.slice(1)] }, ...rest];
          assertValid(assessmentResults({ ...small, organisation, controls }));
        },
      ),
      { numRuns: 40 },
    );
  });
});
