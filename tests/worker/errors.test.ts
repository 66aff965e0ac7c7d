// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/app';
import { ApiError } from '../../worker/errors';

/** The real app plus routes that fail in each way a later route can. */
function appWithFailingRoutes() {
  const app = createApp();
  app.get('/bad', () => {
    throw new ApiError(400, 'bad_request', 'retentionDays must be between 1 and 3650');
  });
  app.get('/hono-bad', () => {
    throw new HTTPException(400, { message: 'Malformed JSON in request body' });
  });
  app.get('/boom', () => {
    throw new Error('secret detail at /srv/app/db.ts:42');
  });
  return app;
}

describe('error shape', () => {
  it('gives 400 with the reason', async () => {
    const response = await appWithFailingRoutes().request('/bad');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'bad_request', message: 'retentionDays must be between 1 and 3650' },
    });
  });

  it("shapes Hono's own 400s the same way", async () => {
    const response = await appWithFailingRoutes().request('/hono-bad');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'bad_request', message: 'Malformed JSON in request body' },
    });
  });

  it('gives 500 without internals', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await appWithFailingRoutes().request('/boom');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    expect(text).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
