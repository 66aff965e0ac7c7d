// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './env';
import { handleError, handleNotFound } from './errors';
import { boards } from './routes/boards';
import { health } from './routes/health';
import { web } from './routes/web';

/** One year; no `preload` or `includeSubDomains`: those are the domain owner's decision. */
const HSTS = 'max-age=31536000';
const EXTENSION_ORIGIN = /^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/;

/** Builds the sync service's HTTP app: routes, and one error shape for everything. */
export function createApp() {
  const app = new Hono<AppEnv>();
  // The extension's pages call the API from their own origin. No cookies exist here (tokens travel
  // in headers), and only extension origins are allowed, so websites cannot use a visitor's browser.
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (EXTENSION_ORIGIN.test(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    }),
  );
  // Every answer: no MIME sniffing, no referrer (paths name boards), and over HTTPS the promise
  // to browsers to use nothing else (a self-hosted server's TLS proxy adds it: docs/self-hosting.md).
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 101) return;
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    if (new URL(c.req.url).protocol === 'https:') c.res.headers.set('Strict-Transport-Security', HSTS);
  });
  app.route('/health', health);
  app.route('/api/boards', boards);
  app.route('/', web);
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
