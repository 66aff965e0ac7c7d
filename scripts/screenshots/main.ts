// `npm run screenshots`: every view of the product, in German, at the widths people use, for people
// to look at. It builds (see package.json), starts the local sync server, lets three members (two in
// the extension, one in the web app) and a fourth device in Node fill a realistic team, and writes
// PNGs to .output/screenshots/ with an index.html and overflow.txt (what sticks out sideways).
import type { Page } from 'playwright-core';
import type { TeamRecord } from '../../extension/lib/records';
import {
  type ExtensionBrowser,
  launchExtension,
  readStorage,
  writeStorage,
} from '../../tests/support/extension-browser';
import { launchWebBrowser } from '../../tests/support/web-browser';
import { startWranglerDev } from '../../tests/support/wrangler-dev';
import { type Variant, camera } from './camera';
import {
  castBallots,
  fillRetro,
  fillTeam,
  groupCards,
  memberIds,
  openHealthRound,
  openTeamAsNode,
  until,
} from './fill';

const OUT = '.output/screenshots';
const PANEL: Variant[] = ['380', '320', 'zoom200', 'forced'];
const BOARD: Variant[] = ['1280', '380', 'forced'];
const TEAM = 'Referat Z 3 – Digitalisierung';

const log = (message: string) => console.log(`[screenshots ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function panelOf(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.open('sidepanel');
  await page.setViewportSize({ width: 380, height: 900 });
  return page;
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

async function join(page: Page, link: string, name: string) {
  await page.locator('#link').waitFor();
  if (!(await page.locator('#link').inputValue())) await page.locator('#link').fill(link);
  await page.locator('#joinName').fill(name);
  await page.locator('form:has(#joinName) button[type="submit"]').click();
  await page.getByRole('tab', { name: 'Stand-up' }).waitFor({ timeout: 20_000 });
}

const server = await startWranglerDev();
const shots = camera(OUT);
const [anna, ben] = await Promise.all([launchExtension('de-DE'), launchExtension('de-DE')]);
const web = await launchWebBrowser('de-DE', server.url);
try {
  await Promise.all([anna, ben].map((member) => writeStorage(member, { preferences: { server: server.url } })));

  log('popup and settings');
  const popup = await anna.open('popup');
  await shots.shoot(popup, 'popup', ['380', 'forced']);
  const options = await anna.open('options');
  await options.setViewportSize({ width: 380, height: 900 });
  await shots.shoot(options, 'options', PANEL);

  log('team space: create, invite, join');
  const a = await panelOf(anna);
  await shots.shoot(a, 'teams-home', PANEL);
  await a.locator('#teamName').fill(TEAM);
  await a.locator('#createName').fill('Anna Schmidt');
  await a.locator('form:has(#teamName) button[type="submit"]').click();
  await a.getByRole('tab', { name: 'Stand-up' }).waitFor();
  await tab(a, 'Einladen');
  const link = await a.locator('#invite-edit').inputValue();
  await shots.shoot(a, 'invite', PANEL);

  const b = await ben.context.newPage();
  await b.setViewportSize({ width: 380, height: 900 });
  await b.goto(link);
  await b.locator('#joinName').waitFor({ timeout: 20_000 });
  await shots.shoot(b, 'join-by-link', PANEL);
  await join(b, link, 'Ben Krüger');

  const c = await web.newPage();
  await c.setViewportSize({ width: 380, height: 900 });
  await c.goto(link);
  await c.locator('#joinName').waitFor();
  await shots.shoot(c, 'web-join-by-link', ['380', '320']);
  await join(c, link, 'Cem Yılmaz');

  log('filling the team');
  const [record] = (await readStorage(anna, 'teams')) as TeamRecord[];
  const node = await openTeamAsNode(record!);
  await until(() => Object.keys(memberIds(node)).length === 3, 'three members');
  const members = memberIds(node);
  await fillTeam(node, members);

  log('the team tabs');
  await tab(a, 'Stand-up');
  await shots.shoot(a, 'standup-idle', PANEL);
  await tab(a, 'Check-in');
  await shots.shoot(a, 'checkin', PANEL);
  await openHealthRound(node);
  await a.getByTestId('health-count').waitFor();
  await shots.shoot(a, 'checkin-health-open', ['380', '320']);
  await tab(a, 'Retros');
  await shots.shoot(a, 'retros', PANEL);
  await tab(a, 'Offene Punkte');
  await shots.shoot(a, 'items', PANEL);
  await tab(a, 'Mitglieder');
  await shots.shoot(a, 'members', PANEL);
  await tab(a, 'Team-Einstellungen');
  await shots.shoot(a, 'settings', PANEL);

  log('a running stand-up and a check-in round');
  await tab(a, 'Stand-up');
  await a.getByRole('button', { name: 'Stand-up starten' }).click();
  await a.getByTestId('current-speaker').waitFor();
  await shots.shoot(a, 'standup-running', PANEL);
  await c.getByRole('tab', { name: 'Stand-up' }).click();
  await c.getByTestId('current-speaker').waitFor();
  await shots.shoot(c, 'web-standup-running', ['380', '320']);
  await tab(a, 'Check-in');
  await a.getByRole('button', { name: 'Runde mit allen Anwesenden starten' }).click();
  await a.getByTestId('round-speaker').waitFor();
  await shots.shoot(a, 'checkin-round', ['380', '320']);

  log('a retro through every phase');
  await tab(a, 'Retros');
  await a.getByLabel('Titel').fill('Retro November');
  await a.getByLabel('Format').selectOption('mistakes');
  const opened = anna.context.waitForEvent('page');
  await a.getByRole('button', { name: 'Retro anlegen und Board öffnen' }).click();
  const board = await opened;
  await board.setViewportSize({ width: 1280, height: 900 });
  await board.locator('h1').waitFor();
  await until(() => node.doc.getMap('retros').size === 1, 'the retro is listed');
  const next = async () => {
    const heading = await board.locator('#phase-heading').textContent();
    await board.getByRole('button', { name: /^Weiter: / }).click();
    await until(() => true, 'click');
    await board.waitForFunction((before) => document.querySelector('#phase-heading')?.textContent !== before, heading);
  };
  await shots.shoot(board, 'retro-1-checkin', BOARD);
  await next();
  await shots.shoot(board, 'retro-2-review', BOARD);
  await next();
  await shots.shoot(board, 'retro-3-write', BOARD);
  const { retro, cards } = await fillRetro(record!, node, members);
  await next();
  await board.locator('.retro-card').first().waitFor();
  await shots.shoot(board, 'retro-4-reveal', BOARD);
  await next();
  groupCards(retro, cards);
  await board
    .locator('.retro-group, [data-group]')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await shots.shoot(board, 'retro-5-group', BOARD);
  await next();
  await shots.shoot(board, 'retro-6-vote', BOARD);
  await next();
  castBallots(retro, cards);
  await shots.shoot(board, 'retro-7-discuss', BOARD);
  await next();
  await shots.shoot(board, 'retro-8-actions', BOARD);
  await next();
  await shots.shoot(board, 'retro-9-close', BOARD);
  await retro.close();

  log('the end of the stand-up');
  await tab(a, 'Stand-up');
  await a.getByRole('button', { name: 'Stand-up beenden' }).click();
  await a.getByTestId('summary').waitFor();
  await shots.shoot(a, 'standup-summary', PANEL);
  await node.close();
} finally {
  const { shots: count, overflowing } = shots.finish();
  log(`${count} pictures in ${OUT}; ${overflowing} with something sticking out sideways (overflow.txt)`);
  await Promise.all([anna.close(), ben.close(), web.close()]);
  await server.stop();
}
