import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './env';
import { handleError, handleNotFound } from './errors';
import { boards } from './routes/boards';
import { health } from './routes/health';
import { web } from './routes/web';

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
  // Every answer: no MIME sniffing, no referrer (paths name boards).
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 101) return;
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
  });
  app.route('/health', health);
  app.route('/api/boards', boards);
  app.route('/', web);
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
