import { z } from 'zod';
import { EvidentError } from '../../core/errors.ts';
import { parseDuration } from './duration.ts';

/** `200`, or a class such as `2xx`. */
const StatusSpec = z.union([
  z.number().int().min(100).max(599),
  z.string().regex(/^[1-5]xx$/, 'a status code (200) or a class (2xx)'),
]);
type StatusSpec = z.infer<typeof StatusSpec>;

const Url = z
  .string()
  .max(500)
  .superRefine((s, ctx) => {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected an absolute http:// or https:// URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      ctx.addIssue({ code: 'custom', message: `expected http:// or https://, not ${url.protocol}` });
    // The URL becomes the evidence subject: a password in it would land in the ledger for good.
    if (url.username || url.password)
      ctx.addIssue({ code: 'custom', message: 'put no credentials in a monitored URL' });
  });

const Target = z.union([
  Url,
  z.strictObject({
    url: Url,
    /** The name recorded as the summary's `target` and subject (default: the URL as written). */
    name: z.string().min(1).max(200).optional(),
    alerting: z.boolean().optional(),
    expect_status: z.array(StatusSpec).min(1).optional(),
  }),
]);

const Duration = z.string().transform((s, ctx) => {
  try {
    return parseDuration(s);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof EvidentError ? error.message : String(error) });
    return z.NEVER;
  }
});

/** A monitored target, resolved from the options. */
export type HttpTarget = {
  /** `name` or the URL as written: the summary's `target` and the record's subject. */
  target: string;
  url: string;
  alerting: boolean;
  /** Whether a response status counts as up. */
  expect: readonly StatusSpec[];
};

export type HttpConfig = {
  targets: HttpTarget[];
  intervalMs: number;
  samples: number;
  timeoutMs: number;
};

export const statusExpected = (expect: readonly StatusSpec[], status: number): boolean =>
  expect.some((s) => (typeof s === 'number' ? s === status : Math.floor(status / 100) === Number(s[0])));

/**
 * Options of an `http` source. `alerting` cannot be seen from a probe, so the programme states it:
 * `true`/`false` for every target, a list of the targets (URL or name) that page someone, or a per-target
 * `alerting`; it defaults to false, which the uptime-monitoring test fails.
 */
export const HttpConfigSchema = z
  .strictObject({
    targets: z.array(Target).min(1),
    interval: Duration.default(60_000),
    samples: z.number().int().min(1).max(1_000).default(1),
    timeout_ms: z.number().int().min(1).max(120_000).default(10_000),
    expect_status: z.array(StatusSpec).min(1).default(['2xx', '3xx']),
    alerting: z.union([z.boolean(), z.array(z.string().min(1))]).default(false),
  })
  .transform((o, ctx): HttpConfig => {
    const targets = o.targets.map((t): HttpTarget => {
      const spec = typeof t === 'string' ? { url: t } : t;
      const target = spec.name ?? spec.url;
      const listed = Array.isArray(o.alerting)
        ? o.alerting.includes(target) || o.alerting.includes(spec.url)
        : o.alerting;
      return {
        target,
        url: spec.url,
        alerting: spec.alerting ?? listed,
        expect: spec.expect_status ?? o.expect_status,
      };
    });
    const seen = new Set<string>();
    targets.forEach((t, i) => {
      if (seen.has(t.target))
        ctx.addIssue({ code: 'custom', path: ['targets', i], message: `duplicate target ${t.target}` });
      seen.add(t.target);
    });
    if (Array.isArray(o.alerting))
      o.alerting.forEach((a, i) => {
        if (!targets.some((t) => t.target === a || t.url === a))
          ctx.addIssue({ code: 'custom', path: ['alerting', i], message: `${a} is not one of the targets` });
      });
    if ((o.samples - 1) * o.interval > 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['samples'], message: 'samples × interval exceeds a day' });
    return { targets, intervalMs: o.interval, samples: o.samples, timeoutMs: o.timeout_ms };
  });

/** The options as written in evident.yaml. */
export type HttpOptions = z.input<typeof HttpConfigSchema>;
