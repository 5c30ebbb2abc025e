import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { artifactOf, evidenceDetail, evidencePage } from '../../app/dashboard/evidence-views.ts';
import { ledgerState } from '../../app/dashboard/ledger-state.ts';
import type { Dashboard } from '../../app/serve-programme.ts';
import { requireRole } from '../require-role.ts';
import { attachment, ERRORS, fileContent, jsonContent, READ_ERRORS, SECURITY } from '../route-kit.ts';
import {
  ArtifactParams,
  EvidenceDetail,
  EvidenceList,
  EvidenceParams,
  EvidenceQuery,
  LedgerState,
} from '../schemas/evidence-schemas.ts';
import type { ServerEnv } from '../server-env.ts';

const read = { tags: ['evidence'], security: SECURITY, method: 'get' as const };

const list = createRoute({
  ...read,
  path: '/api/evidence',
  summary: 'Evidence records, newest event first; since/until take a date or an ISO date-time',
  request: { query: EvidenceQuery },
  responses: { 200: jsonContent(EvidenceList, 'A page of records and the total.'), ...READ_ERRORS },
});

const show = createRoute({
  ...read,
  path: '/api/evidence/{id}',
  summary: 'One record with its leaf, inclusion proof, signed checkpoint and verifier key',
  request: { params: EvidenceParams },
  responses: {
    200: jsonContent(EvidenceDetail, 'The record and its proof.'),
    ...READ_ERRORS,
    404: ERRORS[404],
  },
});

const artifact = createRoute({
  ...read,
  path: '/api/evidence/{id}/artifacts/{sha256}',
  summary: "One of the record's artifacts, decrypted, as a download",
  request: { params: ArtifactParams },
  responses: {
    200: fileContent('application/octet-stream', 'The artifact bytes.'),
    ...READ_ERRORS,
    404: ERRORS[404],
  },
});

const ledger = createRoute({
  ...read,
  path: '/api/ledger',
  summary: 'The ledger head, its latest signed checkpoint and verifier key',
  responses: { 200: jsonContent(LedgerState, 'The ledger.'), ...READ_ERRORS },
});

export function evidenceRoutes(app: OpenAPIHono<ServerEnv>, d: Dashboard): void {
  const middleware = requireRole(d, 'viewer');
  app.openapi({ ...list, middleware }, async (c) =>
    c.json(await evidencePage(d.workspace(), c.req.valid('query')), 200),
  );
  app.openapi({ ...show, middleware }, async (c) =>
    c.json(await evidenceDetail(d.workspace(), c.req.valid('param').id), 200),
  );
  app.openapi({ ...artifact, middleware }, async (c) => {
    const { id, sha256 } = c.req.valid('param');
    const a = await artifactOf(d.workspace(), id, sha256);
    return c.body(new Uint8Array(a.bytes), 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': attachment(a.name),
    });
  });
  app.openapi({ ...ledger, middleware }, async (c) => c.json(await ledgerState(d.workspace()), 200));
}
