// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app';
import type { Bindings } from '../../worker/env';
import { api } from './sync-client';

const HASH = 'A'.repeat(43);

describe('the web app, served by the worker', () => {
  it('serves the team page at / and at every invite link, under a strict CSP', async () => {
    for (const path of ['/', '/join/0123456789abcdef0123456789abcdef']) {
      const response = await api(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<div id="app"></div>');
    }
    expect((await api('/retro.html')).status).toBe(200);
    // The built-in privacy notice, under the same policy.
    const notice = await api('/privacy.html');
    expect(notice.status).toBe(200);
    expect(notice.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await notice.text()).toContain('<section id="notice-de" lang="de">');
  });

  it('serves the hashed assets the pages name, cached for good, and nothing else', async () => {
    const page = await (await api('/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)![1]!;
    const response = await api(script);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toBeNull();
    for (const path of ['/assets/missing.js', '/assets/%2e%2e%2fwrangler.toml', '/index.html', '/sidepanel.html']) {
      const missing = await api(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    const post = await api('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it("names the operator's contact for reporting barriers in every page, escaped, and only a valid one", async () => {
    const page = async (contact: string | undefined, path = '/') => {
      const bindings: Bindings = { ...env, ACCESSIBILITY_CONTACT: contact };
      return (await createApp().fetch(new Request(`https://sync.test${path}`), bindings)).text();
    };
    const metas = (html: string) =>
      [...html.matchAll(/<meta name="accessibility-contact" content="([^"]*)">/g)].map((m) => m[1]);
    expect(metas(await page(undefined))).toEqual([]);
    expect(metas(await page('mailto:barrierefreiheit@example.org'))).toEqual(['mailto:barrierefreiheit@example.org']);
    const hostile = await page('https://intranet.example.org/barriere?x="><script>', '/retro.html');
    expect(metas(hostile)).toEqual(['https://intranet.example.org/barriere?x=&quot;&gt;&lt;script&gt;']);
    expect(hostile).not.toContain('"><script>');
    for (const bad of ['javascript:alert(1)', 'http://example.org/barriere', 'barrierefreiheit@example.org'])
      expect(metas(await page(bad)), bad).toEqual([]);
  });

  it("links the operator's own privacy notice instead of the built-in one, only a valid https page", async () => {
    const page = async (notice: string | undefined) => {
      const bindings: Bindings = { ...env, PRIVACY_NOTICE: notice };
      return (await createApp().fetch(new Request('https://sync.test/'), bindings)).text();
    };
    const metas = (html: string) =>
      [...html.matchAll(/<meta name="privacy-notice" content="([^"]*)">/g)].map((m) => m[1]);
    expect(metas(await page(undefined))).toEqual([]);
    expect(metas(await page('https://intranet.example.org/datenschutz'))).toEqual([
      'https://intranet.example.org/datenschutz',
    ]);
    for (const bad of ['javascript:alert(1)', 'http://example.org/datenschutz', 'mailto:dsb@example.org'])
      expect(metas(await page(bad)), bad).toEqual([]);
  });

  it('says so where the web app is not installed', async () => {
    const withoutAssets: Bindings = { ...env, ASSETS: undefined };
    const response = await createApp().fetch(new Request('https://sync.test/join/x'), withoutAssets);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: 'The web app is not installed on this server' } });
  });
});

describe('deployment settings', () => {
  const create = (bindings: Bindings, headers: Record<string, string>) =>
    createApp().fetch(
      new Request('https://sync.test/api/boards', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ editTokenHash: HASH, readTokenHash: HASH }),
      }),
      bindings,
    );

  it('BOARD_JURISDICTION=eu pins every new board to the EU, whatever the client asks', async () => {
    const response = await create({ ...env, BOARD_JURISDICTION: 'eu' }, { 'CF-Connecting-IP': '198.51.100.77' });
    expect(response.status).toBe(201);
    const body = await response.json<{ boardId: string; jurisdiction: string }>();
    expect(body.jurisdiction).toBe('eu');
    expect(body.boardId).toMatch(/^[89a-f][0-9a-f]{31}$/);
  });

  it('MAX_RETENTION_DAYS caps how long an inactive board is kept', async () => {
    const capped = await create({ ...env, MAX_RETENTION_DAYS: '30' }, { 'CF-Connecting-IP': '198.51.100.78' });
    expect(await capped.json()).toMatchObject({ retentionDays: 30 });
    const unset = await create({ ...env, MAX_RETENTION_DAYS: 'soon' }, { 'CF-Connecting-IP': '198.51.100.79' });
    expect(await unset.json()).toMatchObject({ retentionDays: 90 });
  });

  it('CLIENT_ADDRESS_HEADER names the client behind a reverse proxy, for the creation limit', async () => {
    const proxied: Bindings = { ...env, CLIENT_ADDRESS_HEADER: 'X-Real-IP' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await create(proxied, { 'X-Real-IP': '10.1.2.3' })).status);
    expect(statuses.at(-1)).toBe(429);
    // Another client behind the same proxy is not affected.
    expect((await create(proxied, { 'X-Real-IP': '10.1.2.4' })).status).toBe(201);
  });
});
