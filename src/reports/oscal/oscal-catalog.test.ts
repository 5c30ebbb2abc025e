import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { sharedFixture } from '../../../test/support/shared-fixtures.ts';
import { ControlLibrarySchema } from '../../core/control.ts';
import { TscCatalogSchema } from '../../core/criterion.ts';
import { parseYaml } from '../../core/parse-yaml.ts';
import { reportFixture } from '../report-fixture.ts';
import { assessmentResults } from './assessment-results.ts';
import { EVIDENT_NS } from './evident-prop.ts';
import { type OscalCatalogInput, oscalCatalog } from './oscal-catalog.ts';
import type { OscalCatalog, OscalControl } from './oscal-types.ts';

// ajv-formats is CommonJS; under NodeNext its default import is the module object's `default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// Ajv's defaults (strict schema checks on) accept NIST's schema as it is; formats make uri/date-time real.
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(sharedFixture('oscal', 'oscal_catalog_schema-1.0.6.json'), 'utf8')),
);
const assertValid = (doc: unknown) => assert.ok(validate(doc), ajv.errorsText(validate.errors));

const small: OscalCatalogInput = {
  generated_at: '2027-01-15T10:00:00.000Z',
  organisation: { name: 'Example Cloud Ltd', website: 'https://example.com' },
  groups: [
    { id: 'CC6', title: 'Logical and physical access' },
    { id: 'CC7', title: 'System operations' },
    { id: 'A1', title: 'Availability' },
  ],
  criteria: [
    { id: 'CC6.1', group: 'CC6', title: 'Logical access is protected' },
    { id: 'CC6.2', group: 'CC6', title: 'Users are registered before access is granted' },
    { id: 'CC7.1', group: 'CC7', title: 'Vulnerabilities are detected' },
  ],
  controls: [
    {
      id: 'access-review',
      title: 'Quarterly user access review',
      description: 'Owners review who has access every quarter.',
      criteria: ['CC6.1', 'CC6.2'],
      iso: ['A.5.18'],
    },
    {
      id: 'vuln-scan',
      title: 'Weekly scan',
      description: 'Production is scanned weekly.',
      criteria: ['CC7.1'],
      iso: [],
    },
  ],
};

const controlsOf = (catalog: OscalCatalog): OscalControl[] => [
  ...(catalog.groups ?? []).flatMap((g) => g.controls),
  ...(catalog.controls ?? []),
];
const programmeControls = (control: OscalControl) =>
  (control.parts ?? [])
    .flatMap((p) => p.parts ?? [])
    .map((p) => p.props?.find((x) => x.ns === EVIDENT_NS && x.name === 'control-id')?.value);

/**
 * The shipped TSC and control library, read with core's schemas: src/catalog's loader sits outside the
 * arrows reports may follow (DESIGN.md §8), even from a test.
 */
function shippedCatalog() {
  const read = (name: string) => readFileSync(new URL(`../../../catalog/${name}`, import.meta.url), 'utf8');
  const tsc = parseYaml(read('tsc-2017.yaml'), 'tsc-2017.yaml', TscCatalogSchema).data;
  const library = parseYaml(read('controls.yaml'), 'controls.yaml', ControlLibrarySchema).data;
  assert.ok(tsc && library, 'the shipped catalog parses');
  return { tsc, controls: library.controls };
}

describe('oscalCatalog', () => {
  const { catalog } = oscalCatalog(small);

  it('is a valid OSCAL 1.0.6 catalog with only the groups that have criteria', () => {
    assertValid({ catalog });
    assert.equal(catalog.metadata['oscal-version'], '1.0.6');
    assert.deepEqual(
      catalog.groups?.map((g) => g.id),
      ['cc6', 'cc7'],
    );
  });

  it('makes each criterion a control, with our title and the programme controls mapped to it', () => {
    const cc61 = controlsOf(catalog).find((c) => c.id === 'cc6.1');
    assert.equal(cc61?.title, 'Logical access is protected');
    assert.equal(cc61?.props.find((p) => p.name === 'label')?.value, 'CC6.1');
    assert.deepEqual(programmeControls(cc61!), ['access-review']);
    const part = cc61?.parts?.[0]?.parts?.[0];
    assert.equal(part?.title, 'Quarterly user access review');
    assert.deepEqual(
      part?.props?.filter((p) => p.name === 'iso-27001-2022').map((p) => p.value),
      ['A.5.18'],
    );
  });

  it('rejects a broken catalog, so the validator is real', () => {
    const broken = structuredClone(catalog) as unknown as {
      groups: { controls: Record<string, unknown>[] }[];
    };
    delete broken.groups[0]!.controls[0]!.title;
    assert.equal(validate({ catalog: broken }), false);
  });

  it('gives byte-identical JSON for the same input', () => {
    assert.equal(JSON.stringify(oscalCatalog(structuredClone(small))), JSON.stringify({ catalog }));
  });

  it('exports the whole shipped catalog, and every id the assessment results use resolves in it', () => {
    const shipped = shippedCatalog();
    const full = oscalCatalog({
      ...small,
      groups: shipped.tsc.groups,
      criteria: shipped.tsc.criteria,
      controls: shipped.controls,
    });
    assertValid(full);
    const ids = new Set(controlsOf(full.catalog).map((c) => c.id));
    assert.equal(ids.size, shipped.tsc.criteria.length);
    assert.equal(full.catalog.groups?.length, new Set(shipped.tsc.criteria.map((c) => c.group)).size);
    for (const control of shipped.controls)
      for (const criterion of control.criteria)
        assert.ok(
          programmeControls(controlsOf(full.catalog).find((c) => c.id === criterion.toLowerCase())!).includes(
            control.id,
          ),
        );
    const result = assessmentResults(reportFixture())['assessment-results'].results[0]!;
    const used = [
      ...(result['reviewed-controls']['control-selections'][0]?.['include-controls'] ?? []).map(
        (c) => c['control-id'],
      ),
      ...(result.findings ?? []).map((f) => f.target['target-id']),
    ];
    for (const id of used) assert.ok(ids.has(id), `${id} is in the catalog`);
  });
});
