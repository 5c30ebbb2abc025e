import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixtureVariant } from '../document/fixture-variants.ts';
import { reportFixture } from '../report-fixture.ts';
import { escapeCell } from './escape-markdown.ts';
import { renderMarkdown } from './render-markdown.ts';

/** Every table line has as many unescaped pipes as its table's header line (GFM spec §4.10). */
function assertTablesKeepShape(markdown: string): void {
  let width = -1;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = -1;
      continue;
    }
    const pipes = line.split(/(?<!\\)\|/).length;
    if (width < 0) width = pipes;
    else assert.equal(pipes, width, line);
  }
}

describe('renderMarkdown', () => {
  const model = reportFixture();
  const { markdown, charts } = renderMarkdown(model);

  it('has every section heading in order, each reachable from the contents', () => {
    const h1 = markdown.split('\n').filter((l) => l.startsWith('# '));
    assert.deepEqual(h1, [
      '# SOC 2 Type II report — DRAFT',
      "# Section 1 — Independent service auditor's report",
      "# Section 2 — Management's assertion",
      '# Section 3 — Description of the system',
      '# Section 4 — Trust services criteria, controls, tests of controls and results',
      "# Section 5 — Management's responses to exceptions",
    ]);
    const links = [...markdown.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 20);
    for (const id of links) assert.ok(markdown.includes(`<a id="${id}"></a>`), id);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) assert.match(markdown, new RegExp(`^## DC${n} — `, 'm'));
  });

  it('returns the charts it links to, as SVG files to write beside it', () => {
    assert.deepEqual(
      charts.map((c) => c.name),
      ['criteria-status', 'slot-heatmap'],
    );
    for (const c of charts) {
      assert.ok(markdown.includes(`](charts/${c.name}.svg)`), c.name);
      assert.match(c.svg, /^<svg [\s\S]*<\/svg>$/);
    }
    assert.ok(markdown.includes('![Control status per criterion](charts/criteria-status.svg)'));
    assert.deepEqual(
      renderMarkdown(fixtureVariant('type-i')).charts.map((c) => c.name),
      ['criteria-status'],
    );
  });

  it('lists every exception with its reason, the responses, and the missing responses as to-dos', () => {
    for (const c of model.controls)
      for (const e of c.exceptions) assert.ok(markdown.includes(`| ${escapeCell(e.reason)} |`), e.reason);
    assert.ok(
      markdown.includes("Management's response: The change was an urgent fix reviewed after the fact"),
    );
    const actions = markdown
      .split('\n')
      .filter((l) => l === '> **To do:** Response to be written by management.');
    assert.equal(actions.length, model.responses_missing.length);
    assert.ok(markdown.includes('\\[Opinion: to be written by the service auditor\\]'));
    assert.ok(markdown.includes('\\[CPA firm name\\]'));
    assertTablesKeepShape(markdown);
  });

  it('is the same text for the same model', () => {
    assert.equal(renderMarkdown(reportFixture()).markdown, markdown);
  });

  it('keeps its structure whatever the programme’s own words say', () => {
    const headings = markdown.split('\n').filter((l) => /^#{1,3} /.test(l)).length;
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (title, reason, response) => {
        const m = reportFixture();
        const [first, second] = m.controls;
        if (!first?.exceptions[0] || !second) throw new Error('fixture changed');
        first.title = title;
        first.exceptions[0].reason = reason;
        second.management_response = response;
        m.system.description = `${title}\n# ${reason}`;
        const out = renderMarkdown(m).markdown;
        assert.equal(out.split('\n').filter((l) => /^#{1,3} /.test(l)).length, headings);
        assertTablesKeepShape(out);
      }),
      { numRuns: 15 },
    );
  });
});
