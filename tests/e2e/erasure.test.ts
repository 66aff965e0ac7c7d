// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { e2eTeam } from '../support/e2e-team';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, accessibilityViolations } from '../support/extension-browser';
import { createTeamIn, joinTeamIn } from '../support/team';
import { type WebBrowser } from '../support/web-browser';
import type { DevServer } from '../support/wrangler-dev';
import { openTab } from '../support/tabs';

/**
 * Erasure on demand: Anna (extension, English) erases the team with its retro from the server;
 * Wei (web app, German) and Anna's own retro tab are told, in their language, and can still
 * download the copy on their device. (Expiry after the retention period gives members the same
 * answer from the server; the alarm itself is tested in the Workers runtime.)
 */
let server: DevServer;
let anna: ExtensionBrowser;
let wei: WebBrowser;

const team = e2eTeam({ extension: ['en-US'], web: ['de-DE'] });
beforeAll(() => {
  ({
    server,
    extension: [anna],
    web: [wei],
  } = team);
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const started = page.waitForEvent('download');
  await click();
  return readFile(await (await started).path(), 'utf8');
}

const status = (page: Page) => page.locator('.sync-status').textContent();

describe('erasing a team on demand', () => {
  it('erases the team and its retros for everyone; members keep and can download their copy', async () => {
    const a = await anna.open('sidepanel');
    await createTeamIn(a, 'Referat Z 4', 'Anna');
    await openTab(a, 'Invite');
    const link = await a.locator('#invite-edit').inputValue();
    const teamId = /\/join\/([0-9a-f]{32})/.exec(link)![1]!;

    const w = await wei.newPage();
    await w.goto(link);
    await joinTeamIn(w, link, 'Wei', 'Referat Z 4');

    await a.getByRole('tab', { name: 'Retros' }).click();
    await a.getByLabel('Title').fill('Retro Dezember');
    const opened = anna.context.waitForEvent('page');
    await a.getByRole('button', { name: 'Create retro and open its board' }).click();
    const board = await opened;
    await expect.poll(() => board.locator('h1').textContent(), { timeout: 15_000 }).toBe('Retro Dezember');
    const retroId = /retro=([0-9a-f]{32})/.exec(board.url())![1]!;
    await expect.poll(() => status(board)).toContain('Synced');

    // Everything can be downloaded before; then the team is erased, after a question.
    await openTab(a, 'Settings');
    expect(await accessibilityViolations(a)).toEqual([]);
    const before = JSON.parse(
      await downloaded(a, () => a.getByRole('button', { name: 'Download everything (JSON)' }).click()),
    ) as { name: string; members: { name: string }[]; retros: { title: string }[] };
    expect(before.name).toBe('Referat Z 4');
    expect(before.members.map((member) => member.name).sort()).toEqual(['Anna', 'Wei']);
    expect(before.retros.map((retro) => retro.title)).toEqual(['Retro Dezember']);
    expect(JSON.stringify(before)).not.toMatch(/readSecret|nonce/);

    await a.getByRole('button', { name: 'Erase team from the server…' }).click();
    expect(await accessibilityViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Erase for everyone' }).click();
    await expect.poll(() => a.locator('h1').textContent(), { timeout: 15_000 }).toBe('Your teams');

    // Gone on the server, team and retro alike.
    for (const id of [teamId, retroId]) {
      const response = await fetch(`${server.url}/api/boards/${id}`, { headers: { Authorization: 'Bearer x' } });
      expect(response.status, id).toBe(401);
      const socket = await fetch(`${server.url}/api/boards/${id}`, {
        headers: { Authorization: `Bearer ${'A'.repeat(43)}` },
      });
      expect(await socket.json(), id).toMatchObject({ error: { code: 'board_not_found' } });
    }

    // Wei is told in German, and keeps the copy on his device.
    await expect
      .poll(() => status(w), { timeout: 15_000 })
      .toContain('Dieses Board wurde gelöscht oder ist abgelaufen. Ihre Kopie auf diesem Gerät ist noch vorhanden.');
    expect(await accessibilityViolations(w)).toEqual([]);
    const copy = JSON.parse(
      await downloaded(w, () => w.getByRole('button', { name: 'Kopie von diesem Gerät herunterladen' }).click()),
    ) as { name: string };
    expect(copy.name).toBe('Referat Z 4');

    // So is Anna's retro tab, which still shows the board and offers its copy.
    await expect.poll(() => status(board), { timeout: 15_000 }).toContain('This board was deleted or has expired.');
    const retro = JSON.parse(
      await downloaded(board, () => board.getByRole('button', { name: 'Download the copy on this device' }).click()),
    ) as { settings: { title: string } };
    expect(retro.settings.title).toBe('Retro Dezember');
    expect(await accessibilityViolations(board)).toEqual([]);
  });
});
