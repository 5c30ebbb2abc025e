import { Readable } from 'node:stream';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { packageDownload, reportDownload } from '../../app/dashboard/downloads.ts';
import { REPORT_DOWNLOADS } from '../../app/dashboard/vocabulary.ts';
import type { Dashboard } from '../../app/serve-programme.ts';
import { requireRole } from '../require-role.ts';
import { attachment, fileContent, READ_ERRORS, SECURITY, WRITE_ERRORS } from '../route-kit.ts';
import type { ServerEnv } from '../server-env.ts';

const report = createRoute({
  method: 'get',
  path: '/api/reports/{format}',
  tags: ['reports'],
  security: SECURITY,
  summary:
    'The report draft (html, pdf), auditor workbook (xlsx), OSCAL results, or Markdown with charts (zip)',
  request: {
    params: z.object({ format: z.enum(REPORT_DOWNLOADS).openapi({ param: { name: 'format', in: 'path' } }) }),
  },
  responses: { 200: fileContent('application/octet-stream', 'The file, as a download.'), ...READ_ERRORS },
});

const pkg = createRoute({
  method: 'post',
  path: '/api/package',
  tags: ['reports'],
  security: SECURITY,
  summary: 'Build the audit package (admin: it freezes sampled populations in the ledger) and download it',
  responses: { 200: fileContent('application/zip', 'The package zip (docs/package.md).'), ...WRITE_ERRORS },
});

export function reportRoutes(app: OpenAPIHono<ServerEnv>, d: Dashboard): void {
  app.openapi({ ...report, middleware: requireRole(d, 'viewer') }, async (c) => {
    const file = await reportDownload(await d.evaluation(), c.req.valid('param').format);
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.media_type,
      'Content-Disposition': attachment(file.name),
    });
  });
  app.openapi({ ...pkg, middleware: requireRole(d, 'admin') }, async (c) => {
    const built = await packageDownload(d.dir);
    return c.body(Readable.toWeb(built.stream) as ReadableStream, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachment(built.name),
      'Content-Length': String(built.result.bytes),
    });
  });
}
