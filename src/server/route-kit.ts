import type { z } from '@hono/zod-openapi';
import { ErrorBody } from './schemas/common-schemas.ts';

/** Pieces every route description shares: JSON content, the error responses, who may call it. */
export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const error = (description: string) => jsonContent(ErrorBody, description);

export const ERRORS = {
  400: error('The request failed validation; `problems` names each field.'),
  401: error('No token, or a wrong, revoked or expired one.'),
  403: error('A viewer token on a route that changes something.'),
  404: error('No such thing.'),
  413: error('The request body is larger than 64 KiB.'),
  500: error('The server could not answer (a programme, store or environment problem).'),
} as const;

/** Read routes: any valid token or session. */
export const READ_ERRORS = { 400: ERRORS[400], 401: ERRORS[401], 500: ERRORS[500] } as const;
/** Write routes: an admin token or session. */
export const WRITE_ERRORS = { ...READ_ERRORS, 403: ERRORS[403], 413: ERRORS[413] } as const;

export const SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];

/** A file download: its bytes, named in Content-Disposition. */
export const fileContent = (mediaType: string, description: string) => ({
  content: { [mediaType]: { schema: { type: 'string' as const, format: 'binary' } } },
  description,
});

/** `attachment; filename="…"` with a plain-ASCII fallback and the exact name per RFC 6266 / RFC 8187. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
