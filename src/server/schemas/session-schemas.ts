import { z } from '@hono/zod-openapi';
import { ACCESS_ROLES } from '../../app/dashboard/vocabulary.ts';

export const SessionBody = z
  .strictObject({ token: z.string().min(1).max(200).openapi({ example: 'evd_…' }) })
  .openapi('SessionRequest');

export const Me = z.object({ role: z.enum(ACCESS_ROLES), token_id: z.string() }).openapi('Me');
export const Health = z.object({ ok: z.literal(true) }).openapi('Health');
