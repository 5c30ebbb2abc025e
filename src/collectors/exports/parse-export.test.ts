import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateDraft } from '../../core/evidence/envelope.ts';
import type { CollectedItem } from '../kit/index.ts';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from './export-formats.ts';
import { parseExport } from './parse-export.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const parse = (type: string, options?: Parameters<typeof parseExport>[3], ext = 'csv') =>
  parseExport(`${ext}:${type}`, fixture(`${type}.${ext}`), `exports/${type}.${ext}`, options);
const drafts = (items: CollectedItem[]) => items.map((i) => i.draft);

describe('parseExport: each format’s fixture gives the expected evidence', () => {
  it('access_review: one review per (system, reviewer, completed_at), entries in file order', () => {
    // The fixture is Excel's "CSV UTF-8": a BOM, CRLF line ends, a quoted value with a comma and quotes.
    assert.deepEqual(drafts(parse('access_review')), [
      {
        type: 'access_review',
        subject: 'aws-prod',
        observed_at: '2026-04-03T16:42:10Z',
        data: {
          system: 'aws-prod',
          reviewer: 'Priya Natarajan',
          completed_at: '2026-04-03T16:42:10Z',
          entries: [
            { user: 'j.okafor', access: 'AdministratorAccess', decision: 'keep' },
            {
              user: 'm.lindqvist',
              access: 'PowerUserAccess',
              decision: 'modify',
              remediated_at: '2026-04-06T09:15:00Z',
            },
            { user: 'svc-terraform', access: 'AdministratorAccess, via role "ci-deploy"', decision: 'keep' },
            {
              user: 'd.haddad',
              access: 'ReadOnlyAccess',
              decision: 'revoke',
              remediated_at: '2026-04-04T09:00:00Z',
            },
          ],
        },
      },
      {
        type: 'access_review',
        subject: 'github-acme',
        observed_at: '2026-04-05T00:00:00Z',
        data: {
          system: 'github-acme',
          reviewer: 'Tomás Ferreira',
          completed_at: '2026-04-05',
          entries: [
            { user: 'r.chen', access: 'Owner', decision: 'keep' },
            { user: 'k.mueller', access: 'Maintain', decision: 'revoke' },
          ],
        },
      },
    ]);
  });

  it('training_record: one record per row, subject the person, offsets normalised to UTC', () => {
    const person = (
      person: string,
      course: string,
      completed_at: string,
      observed_at: string,
      email?: string,
    ) => ({
      type: 'training_record',
      subject: person,
      observed_at,
      data: { person, course, completed_at, ...(email ? { email } : {}) },
    });
    assert.deepEqual(drafts(parse('training_record')), [
      person(
        'Amara Okafor',
        'Security Awareness 2026',
        '2026-01-14T10:22:03Z',
        '2026-01-14T10:22:03Z',
        'amara.okafor@acme-cloud.io',
      ),
      person(
        'Lukas Brandt',
        'Security Awareness 2026',
        '2026-01-15',
        '2026-01-15T00:00:00Z',
        'lukas.brandt@acme-cloud.io',
      ),
      person(
        'Sofia Marchetti',
        'Secure Coding: OWASP Top 10',
        '2026-02-02T14:05:41Z',
        '2026-02-02T14:05:41Z',
      ),
      person(
        'Daniel Kim',
        'Security Awareness 2026',
        '2026-02-20T08:00:00Z',
        '2026-02-20T08:00:00Z',
        'daniel.kim@acme-cloud.io',
      ),
    ]);
  });

  it('personnel: one roster snapshot of every row, observed at the as_of column', () => {
    const [roster, ...rest] = drafts(parse('personnel', { asOf: '2030-01-01' }));
    assert.equal(rest.length, 0);
    assert.equal(roster?.subject, 'hr');
    assert.equal(roster?.observed_at, '2026-03-31T00:00:00Z', 'the as_of column wins over the fallback');
    const people = (roster?.data as { people: Record<string, string>[] } | undefined)?.people ?? [];
    assert.deepEqual(people[0], {
      person: 'Amara Okafor',
      email: 'amara.okafor@acme-cloud.io',
      start_date: '2021-09-01',
      department: 'Engineering',
      title: 'Staff Engineer',
    });
    assert.deepEqual(people[3], {
      person: 'Daniel Kim',
      email: 'daniel.kim@acme-cloud.io',
      start_date: '2022-11-07',
      end_date: '2026-03-13',
      department: 'Sales',
      title: 'Account Executive',
    });
    assert.deepEqual(
      people.map((p) => p.person),
      ['Amara Okafor', 'Lukas Brandt', 'Sofia Marchetti', 'Daniel Kim', 'Grace Adeyemi'],
    );
  });

  it('personnel without an as_of column: observed at the as-of time given, or refused', () => {
    const text = 'person,email,start_date\nAmara Okafor,amara.okafor@acme-cloud.io,2021-09-01\n';
    const [item] = parseExport('csv:personnel', text, 'roster.csv', { asOf: '2026-04-01T06:00:00+02:00' });
    assert.equal(item?.draft.observed_at, '2026-04-01T04:00:00Z');
    assert.throws(
      () => parseExport('csv:personnel', text, 'roster.csv'),
      /^EvidentError: roster\.csv: column "as_of": no row gives the time of the export and no as-of time was passed/,
    );
  });

  it('offboarding: one record per leaver with the systems list split on ";"', () => {
    assert.deepEqual(drafts(parse('offboarding')), [
      {
        type: 'offboarding',
        subject: 'Daniel Kim',
        observed_at: '2026-03-13T17:00:00Z',
        data: {
          person: 'Daniel Kim',
          terminated_at: '2026-03-13T17:00:00Z',
          access_removed_at: '2026-03-13T18:24:51Z',
          systems: ['Google Workspace', 'Salesforce', 'Slack', '1Password'],
        },
      },
      {
        type: 'offboarding',
        subject: 'Henrik Sørensen',
        observed_at: '2026-03-27T00:00:00Z',
        data: {
          person: 'Henrik Sørensen',
          terminated_at: '2026-03-27',
          access_removed_at: '2026-03-30T09:02:00Z',
          systems: ['Google Workspace', 'AWS', 'GitHub', 'Slack'],
        },
      },
      {
        type: 'offboarding',
        subject: 'Mei Tanaka',
        observed_at: '2026-04-10T14:59:00Z',
        data: { person: 'Mei Tanaka', terminated_at: '2026-04-10T14:59:00Z' },
      },
    ]);
  });

  it('incident: one record per incident; severity case-insensitive; a multi-line value kept whole', () => {
    assert.deepEqual(drafts(parse('incident')), [
      {
        type: 'incident',
        subject: 'INC-2026-014',
        observed_at: '2026-02-11T13:07:00Z',
        data: {
          id: 'INC-2026-014',
          title: 'Elevated 5xx on public API after deploy 4812',
          severity: 'high',
          opened_at: '2026-02-11T13:07:00Z',
          resolved_at: '2026-02-11T14:31:00Z',
          resolution: 'Rolled back deploy 4812; added canary check',
          postmortem: 'https://wiki.acme-cloud.io/pm/INC-2026-014',
        },
      },
      {
        type: 'incident',
        subject: 'INC-2026-015',
        observed_at: '2026-02-19T09:40:00Z',
        data: {
          id: 'INC-2026-015',
          title: 'Phishing email reported by finance',
          severity: 'medium',
          opened_at: '2026-02-19T09:40:00Z',
          resolved_at: '2026-02-19T11:05:00Z',
          resolution:
            'Sender blocked at the gateway, 2 mailboxes purged.\nUsers reminded of the "Report phishing" button.',
        },
      },
      {
        type: 'incident',
        subject: 'INC-2026-016',
        observed_at: '2026-03-02T06:15:00Z',
        data: {
          id: 'INC-2026-016',
          title: 'Expired TLS certificate on status page',
          severity: 'low',
          opened_at: '2026-03-02T06:15:00Z',
        },
      },
    ]);
  });

  it('pentest: finding counts from findings_<severity>, independence as a boolean', () => {
    assert.deepEqual(drafts(parse('pentest')), [
      {
        type: 'pentest',
        subject: 'NCC Group',
        observed_at: '2025-11-21T00:00:00Z',
        data: {
          firm: 'NCC Group',
          independent: true,
          completed_at: '2025-11-21',
          findings: { critical: 0, high: 1, medium: 4, low: 9 },
          scope: 'Public API, web app and AWS perimeter',
        },
      },
      {
        type: 'pentest',
        subject: 'Internal red team',
        observed_at: '2026-05-08T16:00:00Z',
        data: {
          firm: 'Internal red team',
          independent: false,
          completed_at: '2026-05-08T16:00:00Z',
          findings: { critical: 0, high: 0, medium: 2, low: 3 },
        },
      },
    ]);
  });

  it('dr_test: one record per test with numbers and success read as such', () => {
    assert.deepEqual(drafts(parse('dr_test')), [
      {
        type: 'dr_test',
        subject: 'disaster-recovery',
        observed_at: '2026-01-24T09:00:00Z',
        data: {
          performed_at: '2026-01-24T09:00:00Z',
          rto_target_minutes: 240,
          rto_actual_minutes: 95,
          rpo_target_minutes: 60,
          rpo_actual_minutes: 15,
          success: true,
          scenario: 'Loss of eu-west-1: fail over Postgres and API to eu-central-1',
        },
      },
      {
        type: 'dr_test',
        subject: 'disaster-recovery',
        observed_at: '2026-07-18T09:00:00Z',
        data: {
          performed_at: '2026-07-18T09:00:00Z',
          rto_target_minutes: 240,
          rto_actual_minutes: 262.5,
          rpo_target_minutes: 60,
          rpo_actual_minutes: 5,
          success: false,
          scenario: 'Restore production database from encrypted backup',
        },
      },
    ]);
  });

  it('ir_test: participants and findings as ";"-separated lists, an empty cell an empty list', () => {
    assert.deepEqual(drafts(parse('ir_test')), [
      {
        type: 'ir_test',
        subject: 'incident-response',
        observed_at: '2026-02-26T14:00:00Z',
        data: {
          kind: 'tabletop',
          performed_at: '2026-02-26T14:00:00Z',
          participants: ['Priya Natarajan', 'Lukas Brandt', 'Grace Adeyemi', 'Tomás Ferreira'],
          findings: ['Escalation contact list outdated', 'Legal not looped in within 1h'],
        },
      },
      {
        type: 'ir_test',
        subject: 'incident-response',
        observed_at: '2026-09-09T00:00:00Z',
        data: {
          kind: 'live',
          performed_at: '2026-09-09',
          participants: ['Lukas Brandt', 'Amara Okafor'],
          findings: [],
        },
      },
    ]);
  });

  it('capacity_check: rows grouped by performed_at; an empty scaling_trigger is null', () => {
    const trigger = 'Cluster Autoscaler adds nodes at 80% CPU requests';
    assert.deepEqual(drafts(parse('capacity_check')), [
      {
        type: 'capacity_check',
        subject: 'capacity',
        observed_at: '2026-03-01T08:00:00Z',
        data: {
          performed_at: '2026-03-01T08:00:00Z',
          resources: [
            {
              name: 'eks-prod node group',
              utilization_pct: 71.4,
              threshold_pct: 80,
              scaling_trigger: trigger,
            },
            { name: 'rds-prod-main storage', utilization_pct: 58, threshold_pct: 85, scaling_trigger: null },
            {
              name: 'sqs ingest-queue',
              utilization_pct: 104,
              threshold_pct: 90,
              scaling_trigger: 'Scale consumers via KEDA',
            },
          ],
        },
      },
      {
        type: 'capacity_check',
        subject: 'capacity',
        observed_at: '2026-04-01T08:00:00Z',
        data: {
          performed_at: '2026-04-01T08:00:00Z',
          resources: [
            {
              name: 'eks-prod node group',
              utilization_pct: 66.9,
              threshold_pct: 80,
              scaling_trigger: trigger,
            },
          ],
        },
      },
    ]);
  });

  it('data_inventory: one snapshot at the as-of time given; an empty classification is null', () => {
    assert.deepEqual(drafts(parse('data_inventory', { asOf: '2026-04-01' })), [
      {
        type: 'data_inventory',
        subject: 'data-inventory',
        observed_at: '2026-04-01T00:00:00Z',
        data: {
          assets: [
            { name: 'rds-prod-main (customer accounts)', classification: 'restricted', owner: 'Platform' },
            { name: 's3://acme-prod-invoices', classification: 'confidential', owner: 'Finance Engineering' },
            { name: 's3://acme-marketing-site', classification: 'public', owner: 'Marketing' },
            { name: 'Snowflake ANALYTICS.EVENTS', classification: 'internal', owner: 'Data' },
            { name: 'Zendesk ticket attachments', classification: null },
          ],
        },
      },
    ]);
  });

  it('storage_encryption: one snapshot at its as_of; an empty algorithm is null', () => {
    assert.deepEqual(drafts(parse('storage_encryption')), [
      {
        type: 'storage_encryption',
        subject: 'storage',
        observed_at: '2026-03-31T23:00:00Z',
        data: {
          stores: [
            { name: 'rds-prod-main', kind: 'postgres', encrypted: true, algorithm: 'AES-256 (KMS)' },
            { name: 's3://acme-prod-invoices', kind: 's3', encrypted: true, algorithm: 'AES-256 (SSE-KMS)' },
            { name: 'ebs-build-cache', kind: 'ebs', encrypted: false, algorithm: null },
          ],
        },
      },
    ]);
  });

  it('vendor_assessment: soc2_report from its two flattened columns, left out when both are empty', () => {
    assert.deepEqual(drafts(parse('vendor_assessment')), [
      {
        type: 'vendor_assessment',
        subject: 'Amazon Web Services',
        observed_at: '2026-02-10T00:00:00Z',
        data: {
          vendor: 'Amazon Web Services',
          tier: 'critical',
          assessed_at: '2026-02-10',
          soc2_report: { period_end: '2025-09-30', opinion: 'unqualified' },
          notes: 'CUECs reviewed: MFA on root and IAM users',
        },
      },
      {
        type: 'vendor_assessment',
        subject: 'Zendesk',
        observed_at: '2026-02-17T11:30:00Z',
        data: {
          vendor: 'Zendesk',
          tier: 'high',
          assessed_at: '2026-02-17T11:30:00Z',
          soc2_report: { period_end: '2025-12-31', opinion: 'qualified' },
          notes: 'Exception on change management; compensating controls accepted',
        },
      },
      {
        type: 'vendor_assessment',
        subject: 'Figma',
        observed_at: '2026-03-05T00:00:00Z',
        data: {
          vendor: 'Figma',
          tier: 'low',
          assessed_at: '2026-03-05',
          notes: 'No SOC 2 report needed for the tier',
        },
      },
    ]);
  });

  it('alert_rules: one snapshot; the subject may be given for a second monitoring system', () => {
    const [item] = parse('alert_rules', { asOf: '2026-04-01T00:00:00Z', subject: 'grafana-eu' });
    assert.equal(item?.draft.subject, 'grafana-eu');
    assert.deepEqual(item?.draft.data, {
      rules: [
        {
          name: 'API 5xx rate > 2% for 5m',
          target: 'api-gateway',
          enabled: true,
          channel: 'PagerDuty: platform-primary',
        },
        {
          name: 'Postgres replication lag > 60s',
          target: 'rds-prod-main',
          enabled: true,
          channel: 'PagerDuty: platform-primary',
        },
        { name: 'Disk > 85% on build agents', target: 'ci-runners', enabled: false, channel: '#ops-alerts' },
        {
          name: 'Failed console logins > 10/h',
          target: 'aws-prod CloudTrail',
          enabled: true,
          channel: 'security@acme-cloud.io',
        },
      ],
    });
    assert.equal(parse('alert_rules', { asOf: '2026-04-01' })[0]?.draft.subject, 'monitoring');
  });
});

describe('parseExport: what every format shares', () => {
  it('every fixture maps to drafts that pass validateDraft, each carrying the export as its raw file', () => {
    for (const f of EXPORT_FORMATS) {
      const text = fixture(`${f.type}.csv`);
      const items = parseExport(`csv:${f.type}`, text, `/tmp/in/${f.type}.csv`, { asOf: '2026-04-01' });
      assert.ok(items.length > 0, f.type);
      for (const item of items) {
        assert.equal(item.draft.type, f.type);
        const checked = validateDraft({ ...item.draft, source: 'csv-import' });
        assert.ok(!checked.problems, `${f.type}: ${JSON.stringify(checked.problems)}`);
        assert.match(item.draft.observed_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
        assert.equal(item.files?.length, 1);
        assert.equal(item.files?.[0]?.name, `${f.type}.csv`);
        assert.equal(item.files?.[0]?.media_type, 'text/csv');
        assert.equal(new TextDecoder('utf-8', { ignoreBOM: true }).decode(item.files?.[0]?.bytes), text);
      }
    }
  });

  it('parsing the same export twice gives the same drafts', () => {
    for (const f of EXPORT_FORMATS) {
      assert.deepEqual(
        drafts(parse(f.type, { asOf: '2026-04-01' })),
        drafts(parse(f.type, { asOf: '2026-04-01' })),
      );
    }
  });

  it('reads JSON arrays of the same rows, lists as arrays, null as empty', () => {
    const incidents = drafts(parse('incident', undefined, 'json'));
    const fromCsv = drafts(parse('incident'));
    // The JSON gives postmortem: null for the first incident, which is the same as an empty CSV cell.
    const { postmortem: _, ...withoutPostmortem } = (fromCsv[0]?.data ?? {}) as Record<string, unknown>;
    assert.deepEqual(incidents, [{ ...fromCsv[0], data: withoutPostmortem }, fromCsv[2]]);
    assert.deepEqual(drafts(parse('ir_test', undefined, 'json')), [
      {
        type: 'ir_test',
        subject: 'incident-response',
        observed_at: '2026-02-26T14:00:00Z',
        data: {
          kind: 'tabletop',
          performed_at: '2026-02-26T14:00:00Z',
          participants: ['Priya Natarajan', 'Lukas Brandt'],
          findings: ['Escalation contact list outdated'],
        },
      },
    ]);
    assert.equal(parse('incident', undefined, 'json')[0]?.files?.[0]?.media_type, 'application/json');
  });

  it('skips blank rows, accepts yes/no booleans, a space for the T and fractional seconds', () => {
    const text =
      'name,target,enabled,as_of\n\nCPU high,api,YES,2026-03-01 10:00:00.250+01:00\n\nQueue depth,ingest,n,2026-03-01 10:00:00.250+01:00\n';
    const [item] = parseExport('csv:alert_rules', text, 'rules.csv');
    assert.equal(item?.draft.observed_at, '2026-03-01T09:00:00.250Z');
    assert.deepEqual(item?.draft.data, {
      rules: [
        { name: 'CPU high', target: 'api', enabled: true },
        { name: 'Queue depth', target: 'ingest', enabled: false },
      ],
    });
  });

  it('a snapshot of a header alone is an empty snapshot; a per-row format gives nothing', () => {
    const [item] = parseExport('csv:alert_rules', 'name,target,enabled\r\n', 'rules.csv', {
      asOf: '2026-03-01',
    });
    assert.deepEqual(item?.draft.data, { rules: [] });
    assert.deepEqual(parseExport('csv:incident', 'id,title,severity,opened_at\n', 'inc.csv'), []);
  });

  it('lists csv:<type> and json:<type> for all 13 types', () => {
    assert.equal(EXPORT_FORMATS.length, 13);
    assert.equal(EXPORT_FORMAT_NAMES.length, 26);
    assert.ok(EXPORT_FORMAT_NAMES.includes('csv:access_review'));
    assert.ok(EXPORT_FORMAT_NAMES.includes('json:offboarding'));
  });
});
