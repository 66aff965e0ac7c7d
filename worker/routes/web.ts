// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { ApiError, methodNotAllowed } from '../errors';
import { escapeHtml } from '../../shared/export/document';
import { OPERATOR_LINK_METAS, readPolicy } from '../../shared/policy';

/**
 * The web app's pages may load only their own scripts and styles and talk only to this server.
 * No inline code, no third-party requests, no framing; the invite secret stays in the fragment,
 * which browsers never send, and `no-referrer` keeps the path out of other sites' logs.
 */
export const WEB_APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
};

const ASSET_NAME = /^[\w.-]+\.(js|css|png|svg)$/;

/**
 * One file of the built web app (`.output/web`), from the `ASSETS` binding: Workers static assets
 * on Cloudflare and under `wrangler dev`, a `disk` service when self-hosted on `workerd`. The
 * worker sets the headers itself, so both behave the same.
 */
async function serveFile(env: AppEnv['Bindings'], requestUrl: string, path: string, cache: string) {
  if (!env.ASSETS) throw new ApiError(404, 'not_found', 'The web app is not installed on this server');
  const file = await env.ASSETS.fetch(new URL(path, requestUrl));
  if (!file.ok) throw new ApiError(404, 'not_found', `No file ${path}`);
  const type = CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)]!;
  const headers = new Headers({ 'Content-Type': type, 'Cache-Control': cache });
  if (type.startsWith('text/html')) {
    headers.set('Content-Security-Policy', WEB_APP_CSP);
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  }
  const response = new Response(file.body, { headers });
  const metas = type.startsWith('text/html') ? operatorLinks(env) : [];
  if (metas.length === 0) return response;
  // The operator's links, for the pages to use (`extension/web/web-shell.tsx`).
  return new HTMLRewriter()
    .on('head', {
      element: (head) => {
        for (const [name, content] of metas)
          head.append(`<meta name="${name}" content="${escapeHtml(content)}">`, { html: true });
      },
    })
    .transform(response);
}

/**
 * The operator's contact for reporting barriers and own privacy notice, where set and valid (by the
 * rules of the extension's policy), as the names of the meta tags that carry them.
 */
function operatorLinks(env: AppEnv['Bindings']): [string, string][] {
  const { policy } = readPolicy({ accessibilityContact: env.ACCESSIBILITY_CONTACT, privacyNotice: env.PRIVACY_NOTICE });
  return Object.entries(OPERATOR_LINK_METAS).flatMap(([key, name]) => {
    const link = policy[key as keyof typeof OPERATOR_LINK_METAS];
    return link ? [[name, link] as [string, string]] : [];
  });
}

// Pages are revalidated on every load (a deployment changes them); hashed assets never change.
const page = (file: string) => (c: { env: AppEnv['Bindings']; req: { url: string } }) =>
  serveFile(c.env, c.req.url, file, 'no-cache');

/** The web app: the same team views as the extension's, for members who cannot install it. */
export const web = new Hono<AppEnv>()
  .get('/', page('/index.html'))
  .get('/join/:id', page('/index.html'))
  .get('/retro.html', page('/retro.html'))
  .get('/privacy.html', page('/privacy.html'))
  .get('/assets/:file', (c) => {
    const file = c.req.param('file');
    if (!ASSET_NAME.test(file)) throw new ApiError(404, 'not_found', `No file /assets/${file}`);
    return serveFile(c.env, c.req.url, `/assets/${file}`, 'public, max-age=31536000, immutable');
  })
  .on(['POST', 'PUT', 'PATCH', 'DELETE'], ['/', '/join/:id', '/retro.html', '/privacy.html', '/assets/:file'], () =>
    methodNotAllowed(['GET', 'HEAD']),
  );
