// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SERVICE_VERSION } from '../../shared/version';
import { type DevServer, startWranglerDev } from '../support/wrangler-dev';

describe('sync service under a real `wrangler dev`', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startWranglerDev();
  });
  afterAll(() => server?.stop());

  it('answers /health with its versions', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: SERVICE_VERSION, protocolVersion: PROTOCOL_VERSION });
  });

  it('answers unknown routes and wrong methods in the one error shape', async () => {
    const notFound = await fetch(`${server.url}/api/nothing`);
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toMatchObject({ error: { code: 'not_found' } });
    const wrongMethod = await fetch(`${server.url}/health`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });
});

describe("a newcomer's first step", () => {
  it('starts the sync server with `npm run dev:worker` in a checkout that was never built', async () => {
    // The repository's files as they are now, with the installed packages, as after `npm install`
    // (whose postinstall runs `wxt prepare`); no `.output`, so no web app yet.
    const checkout = await mkdtemp(join(tmpdir(), 'team-rituals-fresh-'));
    try {
      const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
      for (const file of files) {
        await mkdir(join(checkout, dirname(file)), { recursive: true });
        await cp(file, join(checkout, file)).catch(() => undefined); // (deleted but not yet committed)
      }
      await symlink(join(process.cwd(), 'node_modules'), join(checkout, 'node_modules'));
      execFileSync('npx', ['wxt', 'prepare'], { cwd: checkout, stdio: 'ignore' });

      const server = await startWranglerDev({ cwd: checkout, npmScript: true });
      try {
        const home = await fetch(`${server.url}/`);
        expect(home.status).toBe(200);
        expect(home.headers.get('content-type')).toContain('text/html');
      } finally {
        await server.stop();
      }
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  }, 180_000);
});
