import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFixture } from '../report-fixture.ts';
import type { ReportModel } from '../report-model.ts';
import { documentText, sectionOf } from './document-text.ts';
import { fixtureVariant } from './fixture-variants.ts';
import { reportDocument } from './report-document.ts';

const dc = (model: ReportModel, n: number) => documentText(sectionOf(reportDocument(model), `dc${n}`));

describe('section 3: description of the system', () => {
  it('has DC1 to DC9, in order, each naming its description criterion', () => {
    for (const model of [reportFixture(), fixtureVariant('type-i')]) {
      const headings = sectionOf(reportDocument(model), 'section-3').flatMap((b) =>
        b.kind === 'heading' && b.level === 2 ? [b.text] : [],
      );
      assert.deepEqual(
        headings.map((h) => h.slice(0, 3)),
        ['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9'],
      );
    }
  });

  it('describes the services, commitments, requirements and components (DC1–DC3)', () => {
    const model = reportFixture();
    assert.match(dc(model, 1), /A multi-tenant SaaS platform for invoicing/);
    assert.match(dc(model, 1), /Invoicing API: REST API used by customers/);
    assert.match(dc(model, 2), /99\.9% monthly availability/);
    assert.match(dc(model, 2), /Access to production is reviewed quarterly/);
    const dc3 = dc(model, 3);
    for (const row of [
      'Infrastructure | Cloud provider (eu-west-1)',
      'Software | PostgreSQL 16',
      'People | Support (8)',
      'Procedures | Change management',
      'Data | Customer invoices | Confidential',
    ])
      assert.ok(dc3.includes(row), row);
    assert.match(dc3, /boundaries/);
  });

  it('tabulates the incidents of the period with their postmortem, or says there were none (DC4)', () => {
    const dc4 = dc(reportFixture(), 4);
    assert.match(dc4, /Incident \| Title \| Severity \| Opened \| Resolved \| Postmortem/);
    assert.match(
      dc4,
      /INC-101 \| Elevated API error rate .*\| medium \| 2026-02-03 09:12 UTC \| 2026-02-03 11:40 UTC \| Yes/,
    );
    assert.match(dc4, /INC-117 \| Credential exposed in a CI log .*\| high \| .* \| No/);
    assert.match(dc(fixtureVariant('no-incidents'), 4), /No incidents were identified in the period\./);
  });

  it('lists the criteria in scope by category with their controls (DC5)', () => {
    const dc5 = dc(reportFixture(), 5);
    assert.match(dc5, /^Security$/m);
    assert.match(dc5, /^Availability$/m);
    assert.match(
      dc5,
      /CC8\.1 \| Changes are authorised.* \| change-approval \(Changes are reviewed and approved before release\)/,
    );
    assert.match(dc5, /A1\.2 \| .* \| None \(see DC8\)/);
    assert.match(dc5, /physical-access-review .*Not applicable: The company has no offices/);
  });

  it('lists the CUECs, or says none are assumed (DC6)', () => {
    assert.match(dc(reportFixture(), 6), /Customers protect their API credentials/);
    assert.match(
      dc({ ...reportFixture(), cuecs: [] }, 6),
      /No complementary user entity controls are assumed/,
    );
  });

  it('names subservice organisations with their treatment and CSOCs (DC7)', () => {
    const dc7 = dc(reportFixture(), 7);
    assert.match(dc7, /Cloud provider \(carve-out\)/);
    assert.match(dc7, /carve-out method/);
    assert.match(dc7, /Physical security of data centres/);
    const inclusive = reportFixture();
    inclusive.subservice = [{ name: 'Payroll Co', service: 'Payroll', treatment: 'inclusive', csocs: [] }];
    assert.match(dc(inclusive, 7), /Payroll Co \(inclusive\)[\s\S]*inclusive method/);
  });

  it('gives the criteria not relevant with reasons, and flags criteria without controls as gaps (DC8)', () => {
    const model = reportFixture();
    const doc = reportDocument(model);
    const blocks = sectionOf(doc, 'dc8');
    assert.match(documentText(blocks), /A1\.3 \| Recovery plan testing \| Covered by the cloud provider/);
    const gap = blocks.find((b) => b.kind === 'callout' && b.tone === 'warning');
    assert.ok(gap?.kind === 'callout');
    assert.deepEqual(gap.items, [
      'CC6.4 Physical access to facilities and assets is restricted',
      'A1.2 Environmental protections, backups and recovery infrastructure',
    ]);
  });

  it('lists the significant changes of the period, or says there is no git history to draw them from (DC9)', () => {
    assert.match(dc(reportFixture(), 9), /2 March 2026 \| Added the weekly container scan .* \| a1b2c3d/);
    const none = dc(fixtureVariant('no-git'), 9);
    assert.match(none, /The programme folder has no git history/);
    assert.match(none, /^action: /m);
    const typeOne = dc(fixtureVariant('type-i'), 9);
    assert.match(typeOne, /as of 31 December 2026/);
    assert.doesNotMatch(typeOne, /during the period/);
  });
});
