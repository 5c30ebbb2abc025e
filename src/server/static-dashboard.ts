import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

/** The built dashboard, beside the sources in this package (not wherever the server was started). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evident</title></head>
<body><h1>Evident</h1>
<p>The dashboard is not built yet. In the Evident folder run <code>npm run build:web</code>, then reload.</p>
<p>The API is served under <a href="/api/openapi.json">/api/</a>.</p></body></html>
`;

const none = async () => {};

/**
 * Serves web/dist: a file when one matches the path, else index.html for the dashboard's own routes
 * (the browser app routes client-side), so a reload of /controls/x works. A missing file with an
 * extension (a stale asset) stays a 404 rather than becoming HTML.
 */
export function staticDashboard(root = WEB_DIST) {
  // Made once the folder exists: it may be built while the server runs.
  let serve: { files: MiddlewareHandler; index: MiddlewareHandler } | undefined;
  return async (c: Context): Promise<Response | undefined> => {
    if (!existsSync(join(root, 'index.html'))) return c.html(NOT_BUILT);
    serve ??= { files: serveStatic({ root }), index: serveStatic({ root, path: 'index.html' }) };
    const { files, index } = serve;
    const file = await files(c, none);
    if (file) return file;
    if (/\.[^/]*$/.test(c.req.path)) return undefined;
    c.header('Cache-Control', 'no-cache');
    return (await index(c, none)) ?? undefined;
  };
}
