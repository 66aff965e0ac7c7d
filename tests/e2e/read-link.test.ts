// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { e2eTeam } from '../support/e2e-team';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64url';
import { deriveBoardKeys } from '../../shared/sync/crypto';
import { parseInvite } from '../../shared/sync/invite';
import { type ExtensionBrowser, accessibilityViolations } from '../support/extension-browser';
import { createTeamIn, joinTeamIn } from '../support/team';
import { type WebBrowser } from '../support/web-browser';
import type { DevServer } from '../support/wrangler-dev';
import { openTab } from '../support/tabs';

/**
 * Revoking access: Anna (extension, German) turns the team's read-only link off while Wei follows
 * the team with it in the web app (English); he is told at once, the server refuses the link, and
 * when Anna turns it back on the same link works again.
 */
let server: DevServer;
let anna: ExtensionBrowser;
let wei: WebBrowser;

const team = e2eTeam({ extension: ['de-DE'], web: ['en-US'] });
beforeAll(() => {
  ({
    server,
    extension: [anna],
    web: [wei],
  } = team);
});

describe('the read-only link', () => {
  it('can be turned off, which ends access at once for whoever holds it, and on again', async () => {
    const a = await anna.open('sidepanel');
    await createTeamIn(a, 'Referat Z 6', 'Anna');
    await openTab(a, 'Einladen');
    const readLink = await a.locator('#invite-read').inputValue();
    const invite = parseInvite(readLink);
    if (!invite.ok) throw new Error(invite.error);
    const { readToken } = await deriveBoardKeys(crypto, 'read', invite.value.secret, {
      verifyKey: invite.value.verifyKey,
    });
    const probe = () =>
      fetch(`${server.url}/api/boards/${invite.value.boardId}`, {
        headers: { Authorization: `Bearer ${toBase64Url(readToken)}` },
      });

    const w = await wei.newPage();
    await w.goto(readLink);
    await joinTeamIn(w, readLink, 'Wei', 'Referat Z 6');
    await expect.poll(() => w.locator('.sync-status').textContent()).toContain('Synced');
    expect(await w.getByText('Read-only: you can follow, but not change anything.').count()).toBe(1);

    await a.getByRole('button', { name: 'Link zum Mitlesen abschalten' }).click();
    await expect.poll(() => a.getByText('Der Link zum Mitlesen ist abgeschaltet', { exact: false }).count()).toBe(1);
    expect(await a.locator('#invite-read').count()).toBe(0);
    expect(await accessibilityViolations(a)).toEqual([]);

    await expect
      .poll(() => w.locator('.sync-status').textContent(), { timeout: 15_000 })
      .toContain('The team turned this read-only link off.');
    expect(await accessibilityViolations(w)).toEqual([]);
    expect(await (await probe()).json()).toMatchObject({ error: { code: 'link_revoked' } });

    await a.getByRole('button', { name: 'Link zum Mitlesen wieder einschalten' }).click();
    await expect.poll(() => a.locator('#invite-read').inputValue()).toBe(readLink);
    expect(await (await probe()).json()).toEqual({ role: 'read' });
    await w.reload();
    await expect.poll(() => w.locator('.sync-status').textContent(), { timeout: 15_000 }).toContain('Synced');
  });
});
