// The built portal (web/dist): hashed assets cached for a year, everything else revalidated, and
// any other GET that wants HTML answered with index.html so client-side routes survive a reload.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { escapeHtml } from '../identity/login-page.js';

const NON_PORTAL_PREFIXES = ['/api/', '/realms/', '/health', '/ready', '/metrics'];

export interface PortalOptions {
  webDist: string | undefined;
}

/** Registers the static files; returns the fallback the not-found handler calls for portal paths. */
export async function registerPortal(
  app: FastifyInstance,
  options: PortalOptions,
): Promise<(request: FastifyRequest, reply: FastifyReply) => boolean> {
  const root = options.webDist;
  const built = root !== undefined && existsSync(join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: ['index.html'],
      etag: true,
      lastModified: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        // Vite names built assets by content hash: they never change under the same name.
        const immutable = /[\\/]assets[\\/]/.test(path) && !path.endsWith('index.html');
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  return (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = request.url.split('?', 1)[0] ?? '/';
    if (NON_PORTAL_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix)))
      return false;
    // A missing file with an extension (/assets/x.js) is a real 404, not a client-side route.
    if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return false;
    if (built) {
      reply.header('cache-control', 'no-cache').sendFile('index.html');
      return true;
    }
    reply.code(404).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(notBuiltPage(root));
    return true;
  };
}

function notBuiltPage(root: string | undefined): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Giao diện chưa sẵn sàng · Portal not built</title></head><body>
<h1>Giao diện chưa được build <span lang="en">/ The portal has not been built</span></h1>
<p>Chạy <code>npm run build</code> rồi khởi động lại. <span lang="en">Run <code>npm run build</code> and restart.</span></p>
<p>${escapeHtml(root ?? '(WEB_DIST)')}</p>
<p><a href="/api/docs">API</a></p>
</body></html>`;
}
