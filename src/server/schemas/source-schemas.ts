import { z } from '@hono/zod-openapi';
import { SOURCE_ID } from '../../app/dashboard/vocabulary.ts';

const Run = z
  .object({
    id: z.string(),
    source: z.string(),
    collector: z.string(),
    started_at: z.string(),
    finished_at: z.string().nullable(),
    status: z.enum(['running', 'ok', 'error']),
    items: z.number().int(),
    stored: z.number().int(),
    error: z.string().nullable(),
  })
  .openapi('Run');

/** `GET /api/sources` (shape of `evident sources --json`, with each source's last runs). */
export const SourceList = z
  .object({
    sources: z.array(
      z.object({
        id: z.string(),
        collector: z.string(),
        schedule: z.string().nullable(),
        timeout_seconds: z.number(),
        last_run: Run.nullable(),
        runs: z.array(Run),
      }),
    ),
  })
  .openapi('SourceList');

export const SourceParams = z.object({
  id: z
    .string()
    .max(100)
    .regex(SOURCE_ID, 'a kebab-case source id such as "prod-tls"')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'app-repo' }),
});

/** One run of `POST /api/sources/{id}/collect`, as in `evident collect --json`. */
export const CollectRun = z
  .object({
    run: z.string(),
    source: z.string(),
    collector: z.string(),
    status: z.enum(['ok', 'error']),
    started_at: z.string(),
    finished_at: z.string(),
    items: z.number().int(),
    stored: z.number().int(),
    duplicates: z.number().int(),
    error: z.string().optional(),
  })
  .openapi('CollectRun');
