import type { Unit } from '../engine/control-test-run.ts';
import { slotsOf } from '../engine/slots.ts';
import type { EvidenceRef, ReportControl, ReportModel } from './report-model.ts';

/**
 * A small but realistic report model for the renderers' tests: a Type II year of a SaaS company with a
 * missed scan week, a late access review, a change approved only by its author, an expired certificate
 * for a week, an incident without a postmortem and a control disabled with a justification. Test data
 * only (imported by tests, never by the product).
 */
export function reportFixture(): ReportModel {
  const period = { start: '2026-01-01', end: '2026-12-31' };
  const evidence: Record<string, EvidenceRef> = {};
  let seq = 0;
  const ref = (type: string, subject: string, observedAt: string, late = false): string => {
    const id = hex(`${type}/${subject}/${observedAt}`);
    const collected = late ? addDays(observedAt.slice(0, 10), 30) : observedAt.slice(0, 10);
    evidence[id] = {
      id,
      ledger_index: seq++,
      type,
      source: `${type.replace(/_/g, '-')}-source`,
      subject,
      observed_at: observedAt,
      collected_at: `${collected}T06:00:00.000Z`,
      leaf_hash: hex(`leaf/${id}`),
    };
    return id;
  };
  const slotUnits = (
    frequency: 'daily' | 'weekly' | 'quarterly' | 'annual',
    type: string,
    subject: string,
    judge: (label: string) => { status: Unit['status']; reason?: string } = () => ({ status: 'met' }),
  ): Unit[] =>
    slotsOf(frequency, period).map((slot) => {
      const j = judge(slot.label);
      const evidenceIds = j.status === 'missing' ? [] : [ref(type, subject, `${slot.start}T02:00:00.000Z`)];
      return {
        label: slot.label,
        start: slot.start,
        end: slot.end,
        status: j.status,
        ...(j.reason ? { reason: j.reason } : {}),
        evidence: evidenceIds,
      };
    });

  const scans = slotUnits('weekly', 'vulnerability_scan', 'prod-cluster', (label) =>
    label === '2026-W14' ? { status: 'missing', reason: 'missing' } : { status: 'met' },
  );
  const reviews = slotUnits('quarterly', 'access_review', 'okta', (label) =>
    label === '2026-Q2'
      ? { status: 'failed', reason: 'failed: completed 2026-07-20, 20 days after the quarter ended' }
      : { status: 'met' },
  );
  const tls = slotUnits('daily', 'tls_scan', 'public-endpoints', (label) =>
    label >= '2026-09-07' && label <= '2026-09-13'
      ? { status: 'failed', reason: 'failed: api.example.com:443 certificate expired on 2026-09-06' }
      : { status: 'met' },
  );
  const pentest = slotUnits('annual', 'pentest', 'product');
  const changes: Unit[] = Array.from({ length: 14 }, (_, i) => {
    const day = addDays('2026-01-12', i * 25);
    const id = ref('change', 'api', `${day}T15:30:00.000Z`);
    return i === 6
      ? {
          label: id,
          start: day,
          end: day,
          status: 'failed',
          reason: 'failed: approved only by its author (dana)',
          evidence: [id],
        }
      : { label: id, start: day, end: day, status: 'met', evidence: [id] };
  });
  const incidentIds = [
    ref('incident', 'INC-101', '2026-02-03T09:12:00.000Z'),
    ref('incident', 'INC-117', '2026-06-18T22:40:00.000Z', true),
    ref('incident', 'INC-130', '2026-10-02T04:05:00.000Z'),
  ];
  const incidents: Unit[] = incidentIds.map((id, i) => {
    const day = evidence[id]?.observed_at.slice(0, 10) ?? period.start;
    return i === 1
      ? {
          label: id,
          start: day,
          end: day,
          status: 'failed',
          reason: 'failed: high severity incident without a postmortem',
          evidence: [id],
        }
      : { label: id, start: day, end: day, status: 'met', evidence: [id] };
  });

  const control = (
    c: Omit<
      ReportControl,
      'expected' | 'met' | 'exceptions' | 'retroactive' | 'details' | 'params' | 'description' | 'owner'
    > &
      Partial<Pick<ReportControl, 'details' | 'params' | 'description' | 'owner' | 'retroactive'>>,
  ): ReportControl => ({
    description: `${c.title}, performed and recorded by the owner.`,
    owner: 'Security lead',
    params: {},
    details: {},
    retroactive: 0,
    ...c,
    expected: c.population.length,
    met: c.population.filter((u) => u.status === 'met').length,
    exceptions: c.population
      .filter((u) => u.status !== 'met')
      .map((u) => ({ slot: u.label, reason: u.reason ?? u.status, evidence: u.evidence })),
  });

  const sampleOf = (units: Unit[], size: number, seed: string) => ({
    seed,
    method: size >= units.length ? ('all' as const) : ('stratified' as const),
    sample_size: Math.min(size, units.length),
    population_size: units.length,
    population_sha256: hex(`population/${units.map((u) => u.label).join(',')}`),
    items: units.filter((_, i) => i % Math.max(1, Math.floor(units.length / size)) === 0).slice(0, size),
  });
  const seed = `${period.start}..${period.end}`;

  const controls: ReportControl[] = [
    control({
      id: 'access-review',
      title: 'Quarterly user access review',
      frequency: 'quarterly',
      test: 'access-review',
      params: { remediation_days: 14 },
      criteria: ['CC6.2', 'CC6.3'],
      iso: ['A.5.18'],
      status: 'not_effective',
      tested: '4 quarterly slots of the period',
      result: '1 exception out of 4 quarterly slots (1 failed).',
      population: reviews,
      sample: sampleOf(reviews, 2, seed),
    }),
    control({
      id: 'change-approval',
      title: 'Changes are reviewed and approved before release',
      frequency: 'event',
      test: 'change-approval',
      params: { min_approvers: 1 },
      criteria: ['CC8.1'],
      iso: ['A.8.32'],
      status: 'exceptions',
      tested: 'all 14 change items of the period',
      result: '1 exception out of 14 change items (1 failed).',
      population: changes,
      sample: sampleOf(changes, 8, seed),
      management_response:
        'The change was an urgent fix reviewed after the fact; branch protection now blocks self-approval.',
    }),
    control({
      id: 'encryption-in-transit',
      title: 'Public endpoints only accept TLS 1.2 or later with valid certificates',
      frequency: 'daily',
      test: 'encryption-in-transit',
      criteria: ['CC6.7'],
      iso: ['A.8.24'],
      status: 'exceptions',
      tested: '365 daily slots of the period',
      result: '7 exceptions out of 365 daily slots (7 failed).',
      population: tls,
      sample: sampleOf(tls, 25, seed),
    }),
    control({
      id: 'incident-response',
      title: 'Incidents are tracked to resolution with a postmortem',
      frequency: 'event',
      test: 'incident-response',
      criteria: ['CC7.4', 'CC7.5'],
      iso: ['A.5.26'],
      status: 'not_effective',
      tested: 'all 3 incident items of the period',
      result: '1 exception out of 3 incident items (1 failed).',
      population: incidents,
      sample: sampleOf(incidents, 3, seed),
      retroactive: 1,
    }),
    control({
      id: 'pentest',
      title: 'Annual independent penetration test',
      frequency: 'annual',
      test: 'pentest',
      criteria: ['CC4.1'],
      iso: ['A.8.8'],
      status: 'effective',
      tested: 'the annual slot (the 365 days ending on the period end)',
      result: 'No exceptions noted.',
      population: pentest,
      sample: sampleOf(pentest, 1, seed),
    }),
    control({
      id: 'vuln-scan',
      title: 'Weekly vulnerability scan of production',
      frequency: 'weekly',
      test: 'vulnerability-scan',
      params: { max_critical_days: 14 },
      criteria: ['CC7.1'],
      iso: ['A.8.8'],
      status: 'exceptions',
      tested: '52 weekly slots of the period',
      result: '1 exception out of 52 weekly slots (1 missing).',
      population: scans,
      sample: sampleOf(scans, 5, seed),
    }),
    control({
      id: 'physical-access-review',
      title: 'Quarterly review of office badge access',
      frequency: 'quarterly',
      test: 'document',
      criteria: ['CC6.4'],
      iso: ['A.7.2'],
      status: 'not_applicable',
      tested: 'not tested: not applicable',
      result: 'Not applicable: the company has no offices; production runs at the cloud provider.',
      population: [],
      justification: 'The company has no offices; production runs at the cloud provider.',
    }),
  ];

  const criteria: ReportModel['criteria'] = [
    {
      id: 'CC4.1',
      title: 'Ongoing and separate evaluations of controls',
      category: 'security',
      status: 'met',
      controls: ['pentest'],
    },
    {
      id: 'CC6.2',
      title: 'Users are registered and authorised before access is granted',
      category: 'security',
      status: 'at_risk',
      controls: ['access-review'],
    },
    {
      id: 'CC6.3',
      title: 'Access is granted, changed and removed by role and least privilege',
      category: 'security',
      status: 'at_risk',
      controls: ['access-review'],
    },
    {
      id: 'CC6.4',
      title: 'Physical access to facilities and assets is restricted',
      category: 'security',
      status: 'no_controls',
      controls: [],
    },
    {
      id: 'CC6.7',
      title: 'Data in transmission is protected',
      category: 'security',
      status: 'met',
      controls: ['encryption-in-transit'],
    },
    {
      id: 'CC7.1',
      title: 'Vulnerabilities and configuration changes are detected',
      category: 'security',
      status: 'met',
      controls: ['vuln-scan'],
    },
    {
      id: 'CC7.4',
      title: 'Identified incidents are responded to',
      category: 'security',
      status: 'at_risk',
      controls: ['incident-response'],
    },
    {
      id: 'CC7.5',
      title: 'Recovery from incidents',
      category: 'security',
      status: 'at_risk',
      controls: ['incident-response'],
    },
    {
      id: 'CC8.1',
      title: 'Changes are authorised, designed, tested, approved and implemented',
      category: 'security',
      status: 'met',
      controls: ['change-approval'],
    },
    {
      id: 'A1.2',
      title: 'Environmental protections, backups and recovery infrastructure',
      category: 'availability',
      status: 'no_controls',
      controls: [],
    },
  ];
  const atRisk = criteria.filter((c) => c.status === 'at_risk');
  return {
    generated_at: '2027-01-15T10:00:00.000Z',
    organisation: {
      name: 'Example Cloud Ltd',
      legal_name: 'Example Cloud Limited',
      website: 'https://example.com',
    },
    system: {
      name: 'Example Cloud Platform',
      description: 'A multi-tenant SaaS platform for invoicing, run on a public cloud.',
      services: [{ name: 'Invoicing API', description: 'REST API used by customers to issue invoices' }],
      commitments: ['99.9% monthly availability', 'Customer data encrypted in transit and at rest'],
      system_requirements: ['Access to production is reviewed quarterly'],
      boundaries: {
        infrastructure: [
          { name: 'Cloud provider (eu-west-1)', description: 'Compute, storage and networking' },
        ],
        software: [{ name: 'Invoicing API' }, { name: 'PostgreSQL 16' }],
        people: [{ name: 'Engineering (42)' }, { name: 'Support (8)' }],
        procedures: [{ name: 'Change management' }, { name: 'Incident response' }],
        data: [{ name: 'Customer invoices', description: 'Confidential' }],
      },
    },
    type: 'II',
    period,
    categories: [
      { id: 'security', title: 'Security' },
      { id: 'availability', title: 'Availability' },
    ],
    criteria,
    not_relevant: [
      {
        criterion: 'A1.3',
        title: 'Recovery plan testing',
        reason: 'Covered by the cloud provider (carved out).',
      },
    ],
    controls,
    incidents: [
      {
        id: 'INC-101',
        title: 'Elevated API error rate',
        severity: 'medium',
        opened_at: '2026-02-03T09:12:00Z',
        resolved_at: '2026-02-03T11:40:00Z',
        resolution: 'Rolled back release 4.12',
        postmortem: 'https://wiki.example.com/pm/101',
        evidence: incidentIds[0] ?? '',
      },
      {
        id: 'INC-117',
        title: 'Credential exposed in a CI log',
        severity: 'high',
        opened_at: '2026-06-18T22:40:00Z',
        resolved_at: '2026-06-19T03:10:00Z',
        resolution: 'Key rotated; log purged',
        evidence: incidentIds[1] ?? '',
      },
      {
        id: 'INC-130',
        title: 'Database failover',
        severity: 'low',
        opened_at: '2026-10-02T04:05:00Z',
        resolved_at: '2026-10-02T04:30:00Z',
        resolution: 'Automatic failover',
        evidence: incidentIds[2] ?? '',
      },
    ],
    subservice: [
      {
        name: 'Cloud provider',
        service: 'Hosting, storage and networking',
        treatment: 'carve-out',
        csocs: [
          'Physical security of data centres',
          'Environmental protections (power, cooling, fire suppression)',
        ],
      },
    ],
    cuecs: ['Customers remove access for their own leavers', 'Customers protect their API credentials'],
    changes: [
      {
        date: '2026-03-02',
        summary: 'Added the weekly container scan to the scan control',
        commit: 'a1b2c3d',
      },
      { date: '2026-08-17', summary: 'Moved the database to PostgreSQL 16', commit: 'e4f5a6b' },
    ],
    changes_source: 'git',
    assertion: { modified: atRisk.length > 0, at_risk: atRisk.map(({ id, title }) => ({ id, title })) },
    summary: {
      controls: { effective: 1, exceptions: 3, not_effective: 2, no_evidence: 0, not_applicable: 1 },
      criteria: { met: 4, at_risk: 4, no_controls: 2 },
      exceptions: controls.reduce((n, c) => n + c.exceptions.length, 0),
      expected: controls.reduce((n, c) => n + c.expected, 0),
      met: controls.reduce((n, c) => n + c.met, 0),
    },
    responses_missing: ['access-review', 'encryption-in-transit', 'incident-response', 'vuln-scan'],
    evidence,
    ledger: {
      size: seq,
      root: hex('root'),
      checkpoint: `example.com/evident\n${seq}\n${Buffer.from(hex('root'), 'hex').toString('base64')}\n\n— evident-example sig\n`,
    },
  };
}

/** A deterministic 64-hex-digit stand-in for a SHA-256 (FNV-1a spread over 8 words). */
function hex(text: string): string {
  let out = '';
  for (let w = 0; w < 8; w++) {
    let h = 0x811c9dc5 ^ w;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
