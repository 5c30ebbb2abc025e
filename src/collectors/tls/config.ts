import { z } from 'zod';
import { SecretRefSchema } from '../kit/index.ts';

export type Endpoint = { host: string; port: number };

/**
 * Parses `host:port` or `[ipv6]:port` (the port is required). Returns a message instead of throwing so
 * that the options schema reports it at the option's path.
 */
export function parseEndpoint(text: string): Endpoint | string {
  const bracketed = /^\[([0-9A-Za-z:.%]+)\]:(\d{1,5})$/.exec(text);
  const plain = /^([^\s:[\]/@?#]+):(\d{1,5})$/.exec(text);
  const match = bracketed ?? plain;
  if (!match) return `"${text}" is not host:port (IPv6 as [addr]:port)`;
  const host = match[1] as string;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return `"${text}": port must be 1-65535`;
  if (host.length > 253) return `"${text}": host name is longer than 253 characters`;
  return { host, port };
}

const EndpointSchema = z.string().transform((text, ctx): Endpoint => {
  const parsed = parseEndpoint(text);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

export const TlsConfigSchema = z.strictObject({
  /** The TLS endpoints to scan, each `host:port`. */
  endpoints: z.array(EndpointSchema).min(1),
  /** Limit for one connection (TCP connect plus handshake); each endpoint takes up to six. */
  timeout_ms: z.number().int().min(100).max(120_000).default(5000),
  /** SNI name and the name the certificate is checked against, for every endpoint (default: its host). */
  servername: z.string().min(1).max(253).optional(),
  /**
   * Extra trusted CA certificates (PEM) for a private PKI, added to Node's public roots: a reference
   * (`file:path` relative to the programme, or `env:NAME`) so it is resolved like every other file.
   */
  ca: SecretRefSchema.optional(),
  /** The evidence subject (default: the source id). */
  subject: z.string().min(1).max(500).optional(),
});

export type TlsConfig = z.output<typeof TlsConfigSchema>;
