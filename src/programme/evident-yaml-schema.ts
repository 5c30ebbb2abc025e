import { z } from 'zod';
import { CATEGORIES } from '../core/category.ts';
import { CRITERION_ID } from '../core/criterion.ts';
import { isValidDate } from '../core/dates.ts';

export const DateSchema = z
  .string('expected a date YYYY-MM-DD')
  .refine(isValidDate, 'expected a calendar date YYYY-MM-DD');

/** A component is a name, or a name with a description. */
const ComponentSchema = z
  .union([z.string().min(1), z.strictObject({ name: z.string().min(1), description: z.string().optional() })])
  .transform((c) => (typeof c === 'string' ? { name: c } : c));

const components = z.array(ComponentSchema).default([]);

const VendorSchema = z.strictObject({
  name: z.string().min(1),
  service: z.string().min(1),
  tier: z.enum(['critical', 'high', 'medium', 'low']),
  /** A subservice organisation's controls are needed to meet our commitments (DC7). */
  subservice: z.boolean().default(false),
  treatment: z.enum(['carve-out', 'inclusive']).optional(),
  /** Complementary subservice organisation controls assumed under carve-out. */
  csocs: z.array(z.string().min(1)).default([]),
});

const ReportSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('II'), period: z.strictObject({ start: DateSchema, end: DateSchema }) }),
  z.strictObject({ type: z.literal('I'), as_of: DateSchema }),
]);

export const EvidentYamlSchema = z.strictObject({
  version: z.literal(1),
  organisation: z.strictObject({
    name: z.string().min(1),
    legal_name: z.string().optional(),
    website: z.string().optional(),
    headcount: z.number().int().positive().optional(),
  }),
  system: z.strictObject({
    name: z.string().min(1),
    description: z.string().min(1),
    services: z.array(ComponentSchema).min(1),
    commitments: z.array(z.string().min(1)).default([]),
    system_requirements: z.array(z.string().min(1)).default([]),
    boundaries: z.strictObject({
      infrastructure: components,
      software: components,
      people: components,
      procedures: components,
      data: components,
    }),
  }),
  scope: z.strictObject({
    categories: z.array(z.enum(CATEGORIES)).min(1),
    /** Criteria of an in-scope category that do not apply to this system, with why (DC8). */
    not_relevant: z
      .array(z.strictObject({ criterion: z.string().regex(CRITERION_ID), reason: z.string().min(10) }))
      .default([]),
  }),
  report: ReportSchema,
  vendors: z.array(VendorSchema).default([]),
  /** Complementary user entity controls (DC6). */
  cuecs: z.array(z.string().min(1)).default([]),
  /**
   * Management's responses to a control's exceptions, by control id: section 5 of the report draft
   * ("other information", not covered by the auditor's opinion).
   */
  management_responses: z.record(z.string(), z.string().min(1)).default({}),
  /**
   * Where evidence comes from: each source runs one collector with its options (validated by the
   * collector when sources are resolved) on a cron schedule (`evident run`), or now (`evident collect`).
   */
  sources: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a kebab-case id such as "prod-tls"'),
        collector: z.string().min(1),
        options: z.record(z.string(), z.unknown()).default({}),
        /** A cron expression (5 or 6 fields), e.g. "0 2 * * *" for 02:00 UTC daily. */
        schedule: z.string().min(1).optional(),
        /** A run that takes longer is stopped and recorded as failed. */
        timeout_seconds: z.number().int().min(1).max(86_400).default(300),
      }),
    )
    .default([])
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'source ids must be unique'),
  /** The weekly evidence report written by `evident run` on this schedule (cron, UTC) to `out`. */
  evidence_report: z
    .strictObject({
      schedule: z.string().min(1).default('0 6 * * 1'),
      out: z.string().min(1).default('evidence-report.json'),
    })
    .optional(),
  /** Where evidence is kept: a PostgreSQL URL; absent means the SQLite file in `.evident/`. */
  storage: z
    .strictObject({
      url: z
        .string()
        .regex(
          /^(postgres(ql)?:\/\/|env:[A-Z_][A-Z0-9_]*$)/,
          'expected a postgres:// URL or env:NAME (leave storage out for the embedded SQLite file)',
        )
        .optional(),
    })
    .default({}),
});

export type EvidentYaml = z.output<typeof EvidentYamlSchema>;
