import { z } from 'zod';
import { EvidentError } from '../../core/errors.ts';
import { type Payload, TLS_VERSIONS } from '../../core/evidence/payload-schemas.ts';
import type { CollectedItem } from '../kit/index.ts';

/** The versions probed one by one. Node's OpenSSL is built without SSLv3, so it cannot be probed. */
export const PROBED_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

const CertificateSchema = z.strictObject({
  subject: z.string(),
  issuer: z.string(),
  valid_from: z.string(),
  valid_to: z.string(),
  pem: z.string(),
});

/** One TLS connection attempt as the client saw it. */
export const AttemptSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    protocol: z.string(),
    cipher: z.string().nullable(),
    authorized: z.boolean(),
    authorization_error: z.string().nullable(),
    certificate: CertificateSchema.nullable(),
  }),
  z.strictObject({ ok: z.literal(false), connected: z.boolean(), error: z.string() }),
]);
export type Attempt = z.output<typeof AttemptSchema>;

/** What the client observed of one endpoint: the raw system output that `mapScan` turns into evidence. */
export const RawEndpointSchema = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  probes: z.array(
    z.strictObject({ version: z.enum(PROBED_VERSIONS), accepted: z.boolean(), error: z.string().optional() }),
  ),
  /** The handshake that records the negotiated parameters; null when no TCP connection was made. */
  handshake: z.strictObject({ client: z.enum(['default', 'permissive']), attempt: AttemptSchema }).nullable(),
  /** Why the endpoint could not be reached at all. */
  error: z.string().optional(),
});
export type RawEndpoint = z.output<typeof RawEndpointSchema>;

export const RawScanSchema = z.strictObject({
  subject: z.string().min(1).max(500),
  observed_at: z.iso.datetime({ offset: true }),
  endpoints: z.array(RawEndpointSchema).min(1),
});
export type RawScan = z.output<typeof RawScanSchema>;

type TlsVersion = (typeof TLS_VERSIONS)[number];
type EndpointEvidence = Payload<'tls_scan'>['endpoints'][number];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * OpenSSL's ASN1_TIME_print form that Node's X509Certificate.validTo uses (`Feb  1 00:00:00 2020 GMT`)
 * → ISO 8601 in UTC, or null when the text is not a real instant in that form.
 */
export function parseCertTime(text: string): string | null {
  const m = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1] as string);
  const [day, hour, minute, second, year] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as number[];
  if (month < 0 || hour! > 23 || minute! > 59 || second! > 60) return null;
  const ms = Date.UTC(year!, month, day!, hour!, minute!, Math.min(second!, 59));
  const date = new Date(ms);
  // Date.UTC rolls 31 Feb over into March; a certificate never says that, so reject it.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  return date.toISOString();
}

/**
 * Node reports OpenSSL failures as `<thread>:error:<code>:<lib>:<func>:<reason>:<file>:<line>:…`; the
 * thread id changes every run, so evidence keeps only the reason (`tlsv1 alert protocol version`).
 */
export function cleanTlsError(message: string): string {
  const openssl = /^[0-9A-F]+:error:[0-9A-F]+:[^:]*:[^:]*:([^:\n]+)/.exec(message);
  const text = (openssl ? openssl[1] : message)!.replace(/\s+/g, ' ').trim();
  return text || 'unknown error';
}

/** Node's one-RDN-per-line distinguished name (`CN=a\nO=b`) → one line (`CN=a, O=b`). */
export const oneLineName = (name: string): string =>
  name
    .split('\n')
    .map((rdn) => rdn.trim())
    .filter(Boolean)
    .join(', ');

const asVersion = (protocol: string): TlsVersion | null =>
  (TLS_VERSIONS as readonly string[]).includes(protocol) ? (protocol as TlsVersion) : null;

function mapEndpoint(raw: RawEndpoint): EndpointEvidence {
  const base = { host: raw.host, port: raw.port };
  const protocols = PROBED_VERSIONS.filter((v) => raw.probes.some((p) => p.version === v && p.accepted));
  const attempt = raw.handshake?.attempt;
  if (!attempt?.ok) {
    const why = raw.error ?? (attempt ? `handshake failed: ${attempt.error}` : 'not scanned');
    return {
      ...base,
      protocols,
      negotiated: null,
      cipher: null,
      cert_expires_at: null,
      error: cleanTlsError(why),
    };
  }
  const cert = attempt.certificate;
  const out: EndpointEvidence = {
    ...base,
    protocols,
    negotiated: asVersion(attempt.protocol),
    cipher: attempt.cipher,
    cert_expires_at: cert ? parseCertTime(cert.valid_to) : null,
    cert_valid: attempt.authorized,
  };
  const subject = cert && oneLineName(cert.subject);
  const issuer = cert && oneLineName(cert.issuer);
  if (subject) out.cert_subject = subject;
  if (issuer) out.cert_issuer = issuer;
  return out;
}

const fileName = (e: { host: string; port: number }) =>
  `${e.host.slice(0, 240)}_${e.port}.pem`.replace(/[^\w.-]/g, '_');

/**
 * One `tls_scan` record for the whole run (a snapshot of every endpoint), with each endpoint's leaf
 * certificate kept as a PEM artifact so an auditor can re-check its dates and issuer.
 */
export function mapScan(input: unknown): CollectedItem[] {
  const parsed = RawScanSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EvidentError(
      'bad_input',
      `tls: unexpected scan result at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
      {
        cause: parsed.error,
      },
    );
  }
  const scan = parsed.data;
  const names = new Set<string>();
  const files = scan.endpoints.flatMap((e) => {
    const a = e.handshake?.attempt;
    if (!a?.ok || !a.certificate || names.has(fileName(e))) return [];
    names.add(fileName(e));
    const bytes = new TextEncoder().encode(a.certificate.pem);
    return [{ name: fileName(e), bytes, media_type: 'application/x-pem-file' }];
  });
  return [
    {
      draft: {
        type: 'tls_scan',
        subject: scan.subject,
        observed_at: scan.observed_at,
        data: { endpoints: scan.endpoints.map(mapEndpoint) } satisfies Payload<'tls_scan'>,
      },
      ...(files.length ? { files } : {}),
    },
  ];
}
