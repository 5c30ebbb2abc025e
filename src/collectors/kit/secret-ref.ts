import { z } from 'zod';

/**
 * A reference to a secret, never the secret itself: `env:NAME` (an environment variable) or
 * `file:path` (a file, relative to the programme folder). Programmes and evidence hold only these.
 */
export const SECRET_REF = /^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$/;

export const SecretRefSchema = z
  .string()
  .regex(SECRET_REF, 'a secret reference: env:NAME or file:path (never the secret itself)');
