// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SERVICE_VERSION } from '../../shared/version';

const request = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`https://sync.test${path}`, init));

describe('GET /health', () => {
  it('reports the service and protocol versions', async () => {
    const response = await request('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      status: 'ok',
      service: 'team-rituals-sync',
      version: SERVICE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
    });
  });

  it('answers HEAD without a body', async () => {
    const response = await request('/health', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses other methods with 405, an Allow header and the error shape', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await request('/health', { method, body: method === 'DELETE' ? undefined : '{}' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(await response.json()).toEqual({
        error: { code: 'method_not_allowed', message: 'Allowed methods: GET, HEAD' },
      });
    }
  });
});

describe('unknown routes', () => {
  it('get 404 in the error shape', async () => {
    const response = await request('/nope?x=1');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'No route for GET /nope' } });
  });
});
