import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixtureVariant } from '../document/fixture-variants.ts';
import { reportFixture } from '../report-fixture.ts';
import type { ReportModel } from '../report-model.ts';
import { escapeHtml } from './escape-html.ts';
import { renderHtml } from './render-html.ts';

const SECTIONS = [
  "Section 1 — Independent service auditor's report",
  "Section 2 — Management's assertion",
  'Section 3 — Description of the system',
  'Section 4 — Trust services criteria, controls, tests of controls and results',
  "Section 5 — Management's responses to exceptions",
];

/** Every `<` opens a tag whose attributes are all double-quoted and free of `<` and `"`: none was broken. */
function assertTagsIntact(html: string): void {
  const body = html.replace(/^<!DOCTYPE html>/, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  const tag = /^<\/?[A-Za-z][\w-]*(?:\s+[\w:-]+(?:="[^"<]*")?)*\s*\/?>/;
  for (let i = body.indexOf('<'); i >= 0; i = body.indexOf('<', i + 1))
    assert.match(body.slice(i, i + 4000), tag, body.slice(i, i + 80));
  assert.doesNotMatch(body.replace(/<[^>]*>/g, ''), /"|&(?!(?:amp|lt|gt|quot|#39);)/);
}

describe('renderHtml', () => {
  const model = reportFixture();
  const html = renderHtml(model);

  it('is one self-contained HTML5 file that loads and runs nothing', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
    assert.ok(html.includes('<meta name="generator" content="Evident">'));
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
      ),
    );
    assert.doesNotMatch(html, /<(script|link|iframe|object|embed|img|base)\b/i);
    assert.doesNotMatch(html, /\s(src|srcset|action|formaction|on\w+)=/i);
    assert.doesNotMatch(html, /@import|url\((?!#)/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.ok(href?.startsWith('#'), href);
    assert.equal(renderHtml(reportFixture()), html, 'same model, same bytes');
  });

  it('is visibly a draft and prints on A4 with a new page per section and repeated table headers', () => {
    assert.match(html, /<div class="draft-banner">DRAFT — /);
    assert.match(html, /<div class="draft-mark" aria-hidden="true">DRAFT<\/div>/);
    assert.match(html, /@page\{size:A4/);
    assert.match(html, /\.page-break\{break-before:page/);
    assert.match(html, /thead\{display:table-header-group\}/);
    assert.match(html, /tr,[^{]*\{break-inside:avoid/);
    for (let n = 1; n <= 5; n++)
      assert.ok(html.includes(`<div class="page-break"></div>\n<h1 id="section-${n}">`), `${n}`);
  });

  it('has every section heading in order and a contents entry linking to each', () => {
    const h1 = [...html.matchAll(/<h1 id="([^"]+)">([^<]*)<\/h1>/g)].map((m) => m[2]);
    assert.deepEqual(h1, ['SOC 2 Type II report — DRAFT', ...SECTIONS.map(escapeHtml)]);
    for (let n = 1; n <= 5; n++) assert.ok(html.includes(`<a href="#section-${n}">`), `${n}`);
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(html.includes(`id="${id}"`), id);
  });

  it('inlines the charts as SVG, with one heat map row label per tested control', () => {
    assert.equal(html.match(/<svg /g)?.length, 2);
    for (const c of model.controls)
      assert.equal(html.includes(`>${c.id}</text>`), c.status !== 'not_applicable', c.id);
    assert.equal(renderHtml(fixtureVariant('type-i')).match(/<svg /g)?.length, 1);
  });

  it('lists each exception with its reason, the short evidence id shown and the full one as a title', () => {
    for (const c of model.controls)
      for (const e of c.exceptions) {
        assert.ok(html.includes(`<td>${escapeHtml(e.reason)}</td>`), e.reason);
        for (const id of e.evidence)
          assert.ok(html.includes(`<span title="${id}">${id.slice(0, 12)}</span>`));
      }
    const actions = html.match(
      /<span class="callout-label">To do:<\/span> Response to be written by management\./g,
    );
    assert.equal(actions?.length, model.responses_missing.length);
    assert.ok(html.includes('[Opinion: to be written by the service auditor]'));
  });

  it('never turns the programme’s own words into markup', () => {
    const evil = fc.string().map((s) => `<evil x="${s}`);
    fc.assert(
      fc.property(fc.array(evil, { minLength: 12, maxLength: 12 }), (words) => {
        const w = (i: number) => words[i % words.length] ?? '';
        const m: ReportModel = reportFixture();
        m.organisation.name = w(0);
        m.system.name = w(1);
        m.system.description = w(2);
        m.system.commitments = [w(3)];
        m.system.boundaries.software = [{ name: w(4), description: w(5) }];
        m.cuecs = [w(6)];
        m.not_relevant = [{ criterion: 'A1.3', title: w(7), reason: w(8) }];
        m.changes = [{ date: '2026-03-02', summary: w(9), commit: w(10) }];
        m.incidents = m.incidents.map((i) => ({ ...i, title: w(11), resolution: w(0) }));
        m.subservice = m.subservice.map((s) => ({ ...s, name: w(1), service: w(2), csocs: [w(3)] }));
        m.criteria = m.criteria.map((c, i) => ({ ...c, title: w(i) }));
        m.assertion.at_risk = m.assertion.at_risk.map((c, i) => ({ ...c, title: w(i + 4) }));
        m.controls = m.controls.map((c, i) => ({
          ...c,
          title: w(i),
          description: w(i + 1),
          owner: w(i + 2),
          tested: w(i + 3),
          result: w(i + 4),
          exceptions: c.exceptions.map((e) => ({
            ...e,
            reason: w(i + 5),
            evidence: [...e.evidence, w(i + 6)],
          })),
          management_response: w(i + 7),
          justification: w(i + 8),
        }));
        const out = renderHtml(m);
        assert.ok(!out.includes('<evil'), 'a model string became a tag');
        assertTagsIntact(out);
      }),
      { numRuns: 20 },
    );
  });
});
