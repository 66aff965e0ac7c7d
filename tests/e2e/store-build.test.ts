// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Store packages (`npm run zip`) carry no development leftovers: no host permission for this
 * computer and no local sync server as the default. The development build keeps both, so that
 * `npm start` works out of the box.
 */
const LOCAL_SERVER = 'http://127.0.0.1:8787';

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function leftovers(dir: string) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    host_permissions?: string[];
    permissions?: string[];
  };
  const permissions = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  const scripts = (await filesOf(dir)).filter((file) => /\.(js|html)$/.test(file));
  const naming = [];
  for (const file of scripts) if ((await readFile(file, 'utf8')).includes(LOCAL_SERVER)) naming.push(file);
  return {
    localPermissions: permissions.filter((permission) => /127\.0\.0\.1|localhost/.test(permission)),
    naming,
  };
}

describe('store packages', () => {
  it('`npm run zip` builds both browsers without a localhost permission or the local server as default', () => {
    const zip = spawnSync('npm', ['run', 'zip'], { encoding: 'utf8' });
    expect(zip.status, zip.stderr).toBe(0);
    return Promise.all(
      ['chrome-mv3-store', 'firefox-mv2-store'].map(async (name) => {
        const dir = join('.output', name);
        expect(existsSync(dir), `${dir} was built`).toBe(true);
        expect(await leftovers(dir), name).toEqual({ localPermissions: [], naming: [] });
      }),
    );
  });

  it('leaves the development build with both, for `npm start`', async () => {
    const found = await leftovers(join('.output', 'chrome-mv3'));
    expect(found.localPermissions.length).toBeGreaterThan(0);
    expect(found.naming.length).toBeGreaterThan(0);
  });
});
