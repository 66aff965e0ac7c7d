import { Hono } from 'hono';
import type { AppEnv } from './env';
import { handleError, handleNotFound } from './errors';
import { boards } from './routes/boards';
import { health } from './routes/health';

/** Builds the sync service's HTTP app: routes, and one error shape for everything. */
export function createApp() {
  const app = new Hono<AppEnv>();
  app.route('/health', health);
  app.route('/api/boards', boards);
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
