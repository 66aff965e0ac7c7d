// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenBoard } from '../../extension/sync/open-board';
import { toBase64Url } from '../../shared/encoding/base64url';
import { addOwnQuestion, roundDimensions, setCurrentQuestion, startHealthRound } from '../../shared/checkin/board';
import { readRetro } from '../../shared/retro/model';
import { createGroup, initRetro, publishCards, setPhase } from '../../shared/retro/ops';
import { createBoard } from '../../shared/sync/access';
import { deriveChildSecret } from '../../shared/sync/crypto';
import { formatInvite } from '../../shared/sync/invite';
import { DEFAULT_TEAM_SETTINGS } from '../../shared/team/model';
import { addAgreement, addItem, addRetro, initTeam, joinTeam, postUpdate } from '../../shared/team/ops';
import { type ExtensionBrowser, launchExtension, writeStorage } from '../support/extension-browser';
import { INJECTION_CORPUS } from '../support/injection-corpus';
import { openNodeBoard } from '../support/node-member';
import { joinTeamIn } from '../support/team';
import { until } from '../support/until';
import { type WebBrowser, launchWebBrowser } from '../support/web-browser';
import { type DevServer, startWranglerDev } from '../support/wrangler-dev';
import { openTab } from '../support/tabs';

/**
 * The injection corpus in every text field a member can fill: team and member names, open items,
 * prompts, posted answers, agreements, check-in questions (the team's own, the current one) and
 * health-check statements, the retro's title, goal, columns, check-in question, cards and group
 * names. A member writes it all with the real client (Node); the others open it in the
 * extension and in the web app, where none of it may run, add elements or make a link.
 */
const corpus = INJECTION_CORPUS;
const TEAM_NAME = '<img src=x onerror="window.__pwned = 1">';
const RETRO_TITLE = '<script>window.__pwned = 1</script>';
const MEMBER_NAME = "'><img src=x onerror=window.__pwned=1>";
const TODAY = new Date().toISOString().slice(0, 10);

let server: DevServer;
let link: string;
const boards: OpenBoard[] = [];
let extension: ExtensionBrowser;
let web: WebBrowser;

/** Everything a member's text could have produced if it were markup, and every dialog shown. */
async function expectInert(page: Page, where: string, dialogs: string[]) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), where).toBeUndefined();
  const injected = await page
    .locator(
      'img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"], a[href*="evil.example"], script:not([src])',
    )
    .count();
  expect(injected, where).toBe(0);
  expect(dialogs, where).toEqual([]);
}

const watchDialogs = (page: Page) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
};

beforeAll(async () => {
  server = await startWranglerDev();
  const created = await createBoard(fetch, crypto, server.url);
  if (!created.ok) throw new Error(created.error);
  const { invite, keys } = created.value;
  const open = async (boardId: string, boardKeys: typeof keys) => {
    const access = { server: server.url, boardId, keys: boardKeys };
    const board = await openNodeBoard(access);
    boards.push(board);
    return board;
  };
  const team = await open(invite.boardId, keys);
  const now = Date.now();
  initTeam(
    team.doc,
    TEAM_NAME,
    { ...DEFAULT_TEAM_SETTINGS, prompts: corpus.slice(0, 6).map((text) => text.slice(0, 200)) },
    now,
  );
  joinTeam(team.doc, 'a1a1a1a1a1a1a1a1', MEMBER_NAME, now);
  corpus.forEach((text, n) => {
    addItem(team.doc, {
      id: n.toString(16).padStart(16, '0'),
      kind: (['topic', 'blocker', 'action'] as const)[n % 3]!,
      text,
      owner: n % 3 === 2 ? corpus[(n + 1) % corpus.length]!.slice(0, 60) : null,
      now,
    });
    addAgreement(team.doc, {
      id: `f${n.toString(16).padStart(15, '0')}`,
      rule: text,
      purpose: corpus[n + 1] ?? '',
      now,
    });
  });
  // Check-in: the team's own questions, the question of the moment, and health-check statements.
  corpus
    .slice(10, 20)
    .forEach((text, n) => addOwnQuestion(team.doc, { id: `${n}`.padStart(16, 'a'), category: 'light', text }));
  setCurrentQuestion(team.doc, { id: 'b'.repeat(16), text: corpus[4]!, pickedAt: now });
  startHealthRound(team.doc, {
    id: 'c'.repeat(16),
    startedAt: now,
    dimensions: roundDimensions(corpus.slice(0, 12).join('\n')),
    threshold: 3,
  });
  postUpdate(team.doc, { memberId: 'a1a1a1a1a1a1a1a1', date: TODAY, answers: corpus.slice(6, 9), postedAt: now });

  // A retro of the team, its secret derived as the extension does.
  const nonce = 'ab'.repeat(16);
  const retroCreated = await createBoard(fetch, crypto, server.url, {
    secret: await deriveChildSecret(crypto, invite.secret, `retro/${nonce}`),
  });
  if (!retroCreated.ok) throw new Error(retroCreated.error);
  const retro = await open(retroCreated.value.invite.boardId, retroCreated.value.keys);
  initRetro(
    retro.doc,
    {
      title: RETRO_TITLE,
      goal: corpus[7]!,
      format: 'custom',
      columns: [corpus[15]!, corpus[2]!],
      anonymous: false,
      checkin: corpus[1]!,
      voteLimit: 3,
      cardVoteLimit: null,
    },
    now,
  );
  const cards = corpus.map((text, n) => ({
    id: `c${n.toString(16).padStart(15, '0')}`,
    column: n % 2,
    text,
    createdAt: now,
  }));
  publishCards(retro.doc, cards, { memberId: 'a1a1a1a1a1a1a1a1' });
  createGroup(retro.doc, { id: 'e'.repeat(16), name: corpus[9]!, column: 0, now }, [cards[0]!.id, cards[2]!.id]);
  setPhase(retro.doc, 'group', now, null);
  addRetro(team.doc, {
    boardId: retroCreated.value.invite.boardId,
    title: readRetro(retro.doc).settings.title,
    nonce,
    readSecret: toBase64Url(retroCreated.value.keys.readSecret),
    createdAt: now,
    closedAt: null,
  });
  await until(() => boards.every((board) => board.health().status.pending === 0), 'written');
  link = formatInvite(invite);

  extension = await launchExtension('en-US');
  await writeStorage(extension, { preferences: { server: server.url } });
  web = await launchWebBrowser('en-US', server.url);
});
afterAll(async () => {
  await Promise.all(boards.map((board) => board.close()));
  await extension?.close();
  await web?.close();
  await server?.stop();
});

/** Joins with a hostile name, then walks through every section of the team and the retro board. */
async function walkThrough(page: Page, opened: () => Promise<Page>, where: string) {
  const dialogs = watchDialogs(page);
  await joinTeamIn(page, link, corpus[3]!.slice(0, 60), TEAM_NAME);
  for (const tab of ['Stand-up', 'Open items', 'Members', 'Retros', 'Check-in', 'Settings']) {
    await openTab(page, tab);
    await expectInert(page, `${where}: ${tab}`, dialogs);
  }
  // The question of the moment and a health-check statement are on screen, as typed.
  await page.getByRole('tab', { name: 'Check-in' }).click();
  await expect.poll(() => page.getByText(corpus[4]!, { exact: true }).count()).toBeGreaterThan(0);
  await expect.poll(() => page.getByText(corpus[5]!, { exact: true }).count()).toBeGreaterThan(0);
  await openTab(page, 'Open items');
  // Shown as the very characters typed.
  await expect.poll(() => page.getByText(corpus[7]!, { exact: true }).count()).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Retros' }).click();
  const board = opened();
  await page
    .getByRole('link', { name: `Open board: ${RETRO_TITLE}` })
    .first()
    .click();
  const tab = await board;
  const boardDialogs = watchDialogs(tab);
  await expect.poll(() => tab.locator('h1').textContent(), { timeout: 15_000 }).toBe(RETRO_TITLE);
  await expect.poll(() => tab.locator('.retro-card').count()).toBe(corpus.length);
  await expectInert(tab, `${where}: retro board`, boardDialogs);
  expect(await tab.getByText(corpus[0]!, { exact: true }).count()).toBeGreaterThan(0);
}

describe('hostile text from a member', () => {
  it('renders inert in the extension', async () => {
    const panel = await extension.open('sidepanel');
    await walkThrough(panel, () => extension.context.waitForEvent('page'), 'extension');
  });

  it('renders inert in the web app, without a single CSP report', async () => {
    const page = await web.newPage();
    await page.goto(link);
    await page.locator('main[aria-busy="false"]').waitFor();
    await walkThrough(page, () => web.context.waitForEvent('page'), 'web app');
    expect(web.problems).toEqual([]);
  });
});
