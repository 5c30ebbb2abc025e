import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFixture } from '../report-fixture.ts';
import { documentText, sectionOf } from './document-text.ts';
import { fixtureVariant } from './fixture-variants.ts';
import { reportDocument } from './report-document.ts';

const SECTIONS = [
  "Section 1 — Independent service auditor's report",
  "Section 2 — Management's assertion",
  'Section 3 — Description of the system',
  'Section 4 — Trust services criteria, controls, tests of controls and results',
  "Section 5 — Management's responses to exceptions",
];
const text = (model = reportFixture(), id?: string) => {
  const doc = reportDocument(model);
  return documentText(id ? sectionOf(doc, id) : doc.blocks);
};

describe('reportDocument', () => {
  it('has the cover, the contents and sections 1 to 5 in order, for every shape of model', () => {
    for (const model of [reportFixture(), fixtureVariant('type-i'), fixtureVariant('no-exceptions')]) {
      const headings = reportDocument(model).blocks.flatMap((b) =>
        b.kind === 'heading' && b.level === 1 ? [b.text] : [],
      );
      assert.deepEqual(headings, [`SOC 2 Type ${model.type} report — DRAFT`, ...SECTIONS]);
    }
  });

  it('lists every section heading in the contents, each linking to a heading that exists once', () => {
    const doc = reportDocument(reportFixture());
    const toc = doc.blocks.find((b) => b.kind === 'contents');
    assert.ok(toc?.kind === 'contents');
    const ids = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
    assert.equal(new Set(ids).size, ids.length, 'heading ids are unique');
    for (const s of SECTIONS)
      assert.ok(
        toc.entries.some((e) => e.text === s),
        s,
      );
    for (const e of toc.entries) assert.ok(ids.includes(e.id), e.id);
    assert.ok(toc.entries.some((e) => e.text.startsWith('DC4')));
  });

  it('says on the cover who, what, when, and that this is a draft and not an auditor’s report', () => {
    const cover = text(reportFixture(), 'cover');
    for (const words of [
      'SOC 2 Type II report — DRAFT',
      'Example Cloud Ltd (Example Cloud Limited)',
      'System: Example Cloud Platform',
      'Period: 1 January 2026 to 31 December 2026',
      'Categories in scope: Security and Availability',
      'Generated: 2027-01-15 10:00 UTC',
      "draft prepared by the management of Example Cloud Ltd with Evident. It is not a service auditor's report",
    ])
      assert.ok(cover.includes(words), words);
    const typeOne = text(fixtureVariant('type-i'), 'cover');
    assert.match(typeOne, /SOC 2 Type I report — DRAFT/);
    assert.match(typeOne, /As of: 31 December 2026/);
  });

  it('leaves the auditor’s report as a marked template with bracketed fill-ins and no opinion of ours', () => {
    for (const model of [reportFixture(), fixtureVariant('no-exceptions'), fixtureVariant('type-i')]) {
      const s1 = text(model, 'section-1');
      assert.match(s1, /^template: /m);
      for (const fill of ['[Opinion: to be written by the service auditor]', '[CPA firm name]', '[Date]'])
        assert.ok(s1.includes(fill), fill);
      assert.match(s1, /DC section 200 \(DC 200\)/);
      assert.match(s1, /2017 Trust Services Criteria/);
      assert.match(s1, /Example Cloud Platform/);
      assert.match(s1, /Security and Availability/);
      const all = text(model).toLowerCase();
      for (const claim of ['unqualified opinion', 'present fairly', 'presents fairly', 'in our opinion'])
        assert.ok(!all.includes(claim), claim);
    }
    assert.match(text(reportFixture(), 'section-1'), /Period: 1 January 2026 to 31 December 2026/);
    assert.match(text(fixtureVariant('type-i'), 'section-1'), /Date: as of 31 December 2026/);
  });

  it('drafts the modified assertion naming each at-risk criterion and what went wrong', () => {
    const model = reportFixture();
    const s2 = text(model, 'section-2');
    assert.match(s2, /\(a\) the description in Section 3 presents Example Cloud Platform/);
    assert.match(
      s2,
      /\(b\) the controls stated in the description were suitably designed throughout the period/,
    );
    assert.match(
      s2,
      /\(c\) except for the matters described below, the controls .* operated effectively throughout/,
    );
    assert.ok(model.assertion.at_risk.length > 0);
    for (const c of model.assertion.at_risk) {
      const line = s2.split('\n').find((l) => l.startsWith(`${c.id} ${c.title}:`));
      assert.ok(line, c.id);
      assert.match(line, /did not operate effectively|lacked evidence/);
    }
    assert.match(s2, /\[Name and title of the signing officer\]/);
  });

  it('drafts the unmodified assertion when no criterion is at risk', () => {
    const s2 = text(fixtureVariant('no-exceptions'), 'section-2');
    assert.doesNotMatch(s2, /except for/i);
    assert.match(
      s2,
      /\(c\) the controls stated in the description operated effectively throughout the period/,
    );
  });

  it('asserts design as of the date only for a Type I', () => {
    const s2 = text(fixtureVariant('type-i'), 'section-2');
    assert.match(s2, /\(a\) .* as designed and implemented as of 31 December 2026/);
    assert.match(s2, /\(b\) except for the matters described below, the controls .* as of 31 December 2026/);
    assert.doesNotMatch(s2, /\(c\)/);
    assert.doesNotMatch(s2, /operated effectively throughout/);
    assert.match(
      s2,
      /CC6\.2 Users are registered .*: the related control access-review .* not shown to be designed/,
    );
  });

  it('shows management’s responses and lists the missing ones as to-dos, outside the auditor’s report', () => {
    const model = reportFixture();
    const doc = reportDocument(model);
    const s5 = documentText(sectionOf(doc, 'section-5'));
    assert.match(s5, /not covered by the service auditor's report/);
    assert.match(s5, /Management's response: The change was an urgent fix reviewed after the fact/);
    for (const id of model.responses_missing) {
      const own = sectionOf(doc, `response-${id}`);
      assert.ok(
        own.some(
          (b) =>
            b.kind === 'callout' && b.tone === 'action' && b.text === 'Response to be written by management.',
        ),
        id,
      );
    }
    assert.match(text(fixtureVariant('no-exceptions'), 'section-5'), /No exceptions were noted/);
  });
});
