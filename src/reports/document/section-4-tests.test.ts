import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFixture } from '../report-fixture.ts';
import { type Block, cellText } from './block.ts';
import { documentText, sectionOf } from './document-text.ts';
import { fixtureVariant } from './fixture-variants.ts';
import { reportDocument } from './report-document.ts';
import { anchor } from './words.ts';

const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

describe('section 4: criteria, controls, tests and results', () => {
  it('shows both charts before the criteria (a Type I has no period to draw slots over)', () => {
    const charts = (m = reportFixture()) =>
      sectionOf(reportDocument(m), 'section-4').flatMap((b) => (b.kind === 'chart' ? [b.name] : []));
    assert.deepEqual(charts(), ['criteria-status', 'slot-heatmap']);
    assert.deepEqual(charts(fixtureVariant('type-i')), ['criteria-status']);
  });

  it('gives every criterion in scope its status and a row per control: tested, sample, result', () => {
    const model = reportFixture();
    const doc = reportDocument(model);
    for (const criterion of model.criteria) {
      const blocks = sectionOf(doc, anchor('criterion', criterion.id));
      const text = documentText(blocks);
      assert.ok(text.startsWith(`${criterion.id} — ${criterion.title}`), criterion.id);
      assert.match(text, /Status: (Met|At risk|No controls)/);
      for (const id of criterion.controls) {
        const c = model.controls.find((x) => x.id === id)!;
        const row = tables(blocks)[0]
          ?.rows.map((r) => r.map(cellText))
          .find((r) => r[0] === `${c.id} — ${c.title}`);
        assert.ok(row, `${criterion.id}/${id}`);
        assert.equal(row[2], c.tested);
        assert.equal(row[5], c.result);
        if (c.sample)
          assert.ok(row[3]?.includes(`of ${c.sample.population_size}`) && row[3].includes(c.sample.seed));
      }
    }
  });

  it('says when no control addresses a criterion, and shows why a control is not applicable', () => {
    const text = documentText(sectionOf(reportDocument(reportFixture()), 'criterion-cc6-4'));
    assert.match(text, /No control addresses this criterion/);
    assert.match(text, /Not applicable: physical-access-review .* Justification: The company has no offices/);
  });

  it('lists every exception with its reason and shortened evidence ids (full ids kept as titles)', () => {
    const model = reportFixture();
    const doc = reportDocument(model);
    for (const c of model.controls.filter((x) => x.exceptions.length)) {
      const [table] = tables(sectionOf(doc, anchor('exceptions', c.id)));
      assert.ok(table, c.id);
      assert.equal(table.rows.length, c.exceptions.length);
      c.exceptions.forEach((e, i) => {
        const [slot, reason, evidence] = table.rows[i] ?? [];
        assert.equal(reason, e.reason);
        assert.equal(cellText(slot ?? ''), /^[0-9a-f]{64}$/.test(e.slot) ? e.slot.slice(0, 12) : e.slot);
        if (e.evidence.length) {
          assert.ok(evidence && typeof evidence !== 'string', 'long ids carry a title');
          assert.equal(evidence.text, e.evidence.map((id) => id.slice(0, 12)).join(', '));
          assert.equal(evidence.title, e.evidence.join(' '));
        } else assert.equal(evidence, 'None');
      });
    }
    assert.match(
      documentText(sectionOf(doc, 'criterion-cc7-4')),
      /incident-response: 1 evidence record was collected 14 days or more after/,
    );
  });

  it('notes no exceptions everywhere when there are none', () => {
    const model = fixtureVariant('no-exceptions');
    const s4 = sectionOf(reportDocument(model), 'section-4');
    assert.ok(!s4.some((b) => b.kind === 'heading' && b.text.startsWith('Exceptions')));
    const results = tables(s4).flatMap((t) => t.rows.map((r) => cellText(r[5] ?? '')));
    assert.equal(results.length, model.criteria.filter((c) => c.controls.length).length);
    for (const r of results) assert.equal(r, 'No exceptions noted.');
  });

  it('words a Type I as design and implementation as of the date', () => {
    const text = documentText(sectionOf(reportDocument(fixtureVariant('type-i')), 'section-4'));
    assert.match(text, /design and implementation as of 31 December 2026/);
    assert.doesNotMatch(text, /operating effectiveness/);
  });
});
