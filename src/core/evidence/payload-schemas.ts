import { z } from 'zod';
import { isValidDate } from '../dates.ts';
import type { EvidenceType } from '../evidence-type.ts';

/**
 * Payload schemas of the built-in evidence types (DESIGN.md §4). Objects are strict: an unknown field is
 * an error with its path. The fields beyond DESIGN.md's minimum are optional details collectors fill in.
 */
const text = z.string().min(1);
const count = z.number().int().min(0);
const date = z.string().refine(isValidDate, 'expected a calendar date YYYY-MM-DD');
/** An event time: an ISO 8601 date-time with an offset, or a calendar date. */
export const InstantSchema = z.union([z.iso.datetime({ offset: true }), date], {
  error: 'expected an ISO 8601 date-time with offset (2026-01-07T02:00:00Z) or a date (2026-01-07)',
});
const instant = InstantSchema;
const severity = z.enum(['critical', 'high', 'medium', 'low']);
export const SHA256_HEX = /^[0-9a-f]{64}$/;
const sha256 = z.string().regex(SHA256_HEX, 'expected a lowercase hex SHA-256');
export const TLS_VERSIONS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
const tlsVersion = z.enum(TLS_VERSIONS);
const optionalInstant = instant.nullable().optional();

export const PAYLOAD_SCHEMAS = {
  access_review: z.strictObject({
    system: text,
    reviewer: text,
    completed_at: instant,
    entries: z.array(
      z.strictObject({
        user: text,
        access: text,
        decision: z.enum(['keep', 'revoke', 'modify']),
        remediated_at: optionalInstant,
      }),
    ),
  }),
  vulnerability_scan: z.strictObject({
    scanner: text,
    targets: z.array(text).min(1),
    findings: z.array(
      z.strictObject({
        id: text,
        severity,
        target: text,
        package: text.optional(),
        installed_version: z.string().optional(),
        fixed_version: z.string().optional(),
        title: z.string().optional(),
      }),
    ),
  }),
  pentest: z.strictObject({
    firm: text,
    independent: z.boolean(),
    completed_at: instant,
    findings: z.strictObject({ critical: count, high: count, medium: count, low: count }),
    scope: z.string().optional(),
  }),
  uptime_summary: z
    .strictObject({
      target: text,
      checks: count,
      failed_checks: count,
      downtime_minutes: z.number().min(0).max(1440),
      alerting: z.boolean(),
    })
    .refine((u) => u.failed_checks <= u.checks, {
      message: 'failed_checks exceeds checks',
      path: ['failed_checks'],
    }),
  incident: z.strictObject({
    id: text,
    title: text,
    severity,
    opened_at: instant,
    resolved_at: optionalInstant,
    resolution: z.string().nullable().optional(),
    postmortem: z.string().nullable().optional(),
  }),
  ir_test: z.strictObject({
    kind: z.enum(['tabletop', 'live']),
    performed_at: instant,
    participants: z.array(text),
    findings: z.array(z.string()),
  }),
  dr_test: z.strictObject({
    performed_at: instant,
    rto_target_minutes: z.number().min(0),
    rto_actual_minutes: z.number().min(0),
    rpo_target_minutes: z.number().min(0),
    rpo_actual_minutes: z.number().min(0),
    success: z.boolean(),
    scenario: z.string().optional(),
  }),
  capacity_check: z.strictObject({
    performed_at: instant,
    resources: z.array(
      z.strictObject({
        name: text,
        utilization_pct: z.number().min(0),
        threshold_pct: z.number().min(0).max(100),
        scaling_trigger: z.string().nullable(),
      }),
    ),
  }),
  storage_encryption: z.strictObject({
    stores: z.array(
      z.strictObject({ name: text, kind: text, encrypted: z.boolean(), algorithm: z.string().nullable() }),
    ),
  }),
  tls_scan: z.strictObject({
    endpoints: z.array(
      z.strictObject({
        host: text,
        port: z.number().int().min(1).max(65535),
        protocols: z.array(tlsVersion),
        negotiated: tlsVersion.nullable(),
        cipher: z.string().nullable().optional(),
        cert_expires_at: instant.nullable(),
        cert_valid: z.boolean().optional(),
        cert_subject: z.string().optional(),
        cert_issuer: z.string().optional(),
        error: z.string().optional(),
      }),
    ),
  }),
  access_control: z.strictObject({
    system: text,
    accounts: z.array(
      z.strictObject({
        user: text,
        roles: z.array(z.string()),
        privileged: z.boolean(),
        shared: z.boolean(),
        /** null when the system cannot tell (e.g. a database role behind SSO). */
        mfa: z.boolean().nullable(),
        disabled: z.boolean().optional(),
        can_login: z.boolean().optional(),
        password_set: z.boolean().optional(),
      }),
    ),
  }),
  data_inventory: z.strictObject({
    assets: z.array(
      z.strictObject({
        name: text,
        classification: z.enum(['public', 'internal', 'confidential', 'restricted']).nullable(),
        owner: z.string().optional(),
      }),
    ),
  }),
  personnel: z.strictObject({
    people: z.array(
      z.strictObject({
        person: text,
        email: text,
        start_date: date,
        end_date: date.nullable().optional(),
        department: z.string().optional(),
        title: z.string().optional(),
      }),
    ),
  }),
  training_record: z.strictObject({
    person: text,
    course: text,
    completed_at: instant,
    email: z.string().optional(),
  }),
  change: z.strictObject({
    id: text,
    title: z.string(),
    author: text,
    merged_at: instant,
    approvers: z.array(text),
    ci_passed: z.boolean(),
    emergency: z.boolean(),
    repository: z.string().optional(),
    pr: z.number().int().positive().nullable().optional(),
  }),
  offboarding: z.strictObject({
    person: text,
    terminated_at: instant,
    access_removed_at: optionalInstant,
    systems: z.array(text).optional(),
  }),
  vendor_assessment: z.strictObject({
    vendor: text,
    tier: severity,
    assessed_at: instant,
    soc2_report: z
      .strictObject({
        period_end: date,
        opinion: z.enum(['unqualified', 'qualified', 'adverse', 'disclaimer']),
      })
      .nullable()
      .optional(),
    notes: z.string().optional(),
  }),
  alert_rules: z.strictObject({
    rules: z.array(
      z.strictObject({ name: text, target: text, enabled: z.boolean(), channel: z.string().optional() }),
    ),
  }),
  policy_review: z.strictObject({ policy: text, version: text, approved_by: text, approved_at: instant }),
  document: z.strictObject({
    title: text,
    kind: text,
    sha256,
    url: z.string().optional(),
    notes: z.string().optional(),
  }),
} satisfies Record<EvidenceType, z.ZodType>;

export type Payload<T extends EvidenceType> = z.output<(typeof PAYLOAD_SCHEMAS)[T]>;
