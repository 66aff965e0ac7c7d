// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The tour of every view: a realistic German team (three members, two in the extension and one in
// the web app, and a fourth device in Node that fills in what a team accumulates), walked view by
// view. `npm run screenshots` takes pictures on it; the reflow test checks each view on it.
import type { Page } from 'playwright-core';
import type { TeamRecord } from '../../extension/lib/records';
import {
  type ExtensionBrowser,
  launchExtension,
  readStorage,
  writeStorage,
} from '../../tests/support/extension-browser';
import { openTab } from '../../tests/support/tabs';
import { launchWebBrowser } from '../../tests/support/web-browser';
import { startWranglerDev } from '../../tests/support/wrangler-dev';
import type { Variant } from './camera';
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

/** Looks at one view in the variants given (takes pictures, or checks it). */
export type Visit = (page: Page, name: string, variants: Variant[]) => Promise<void>;

export const PANEL: Variant[] = ['380', '320', 'zoom200', 'forced'];
export const BOARD: Variant[] = ['1280', '380', 'forced'];
const TEAM = 'Referat Z 3 – Digitalisierung';

const log = (message: string) => console.log(`[tour ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function panelOf(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.open('sidepanel');
  await page.setViewportSize({ width: 380, height: 900 });
  return page;
}

const tab = openTab;

async function join(page: Page, link: string, name: string) {
  await page.locator('#link').waitFor();
  if (!(await page.locator('#link').inputValue())) await page.locator('#link').fill(link);
  await page.locator('#joinName').fill(name);
  await page.locator('form:has(#joinName) button[type="submit"]').click();
  await page.getByRole('tab', { name: 'Stand-up' }).waitFor({ timeout: 20_000 });
}

/** Builds the team and walks every view, calling `visit` on each. */
export async function tour(visit: Visit): Promise<void> {
  const server = await startWranglerDev();
  const [anna, ben] = await Promise.all([launchExtension('de-DE'), launchExtension('de-DE')]);
  const web = await launchWebBrowser('de-DE', server.url);
  try {
    await Promise.all([anna, ben].map((member) => writeStorage(member, { preferences: { server: server.url } })));

    log('popup and settings');
    const popup = await anna.open('popup');
    await visit(popup, 'popup', ['380', 'forced']);
    const options = await anna.open('options');
    await options.setViewportSize({ width: 380, height: 900 });
    await visit(options, 'options', PANEL);
    const notice = await anna.context.newPage();
    await notice.setViewportSize({ width: 380, height: 900 });
    await notice.goto(new URL('/privacy.html', options.url()).href);
    await visit(notice, 'privacy-notice', ['1280', '380', '320', 'zoom200', 'forced']);
    await notice.close();

    log('team space: create, invite, join');
    const a = await panelOf(anna);
    await visit(a, 'teams-home', PANEL);
    await a.locator('#teamName').fill(TEAM);
    await a.locator('#createName').fill('Anna Schmidt');
    await a.locator('form:has(#teamName) button[type="submit"]').click();
    await a.getByRole('tab', { name: 'Stand-up' }).waitFor();
    await tab(a, 'Einladen');
    const link = await a.locator('#invite-edit').inputValue();
    await visit(a, 'invite', PANEL);

    const b = await ben.context.newPage();
    await b.setViewportSize({ width: 380, height: 900 });
    await b.goto(link);
    await b.locator('#joinName').waitFor({ timeout: 20_000 });
    await b.getByText(`„${TEAM}“`).waitFor(); // the name read from the link, before joining
    await visit(b, 'join-by-link', PANEL);
    await join(b, link, 'Ben Krüger');

    const c = await web.newPage();
    await c.setViewportSize({ width: 380, height: 900 });
    await c.goto(link);
    await c.locator('#joinName').waitFor();
    await c.getByText(`„${TEAM}“`).waitFor();
    await visit(c, 'web-join-by-link', ['380', '320']);
    await join(c, link, 'Cem Yılmaz');

    log('filling the team');
    const [record] = (await readStorage(anna, 'teams')) as TeamRecord[];
    const node = await openTeamAsNode(record!);
    await until(() => Object.keys(memberIds(node)).length === 3, 'three members');
    const members = memberIds(node);
    await fillTeam(node, members);

    log('the team tabs');
    await tab(a, 'Stand-up');
    await visit(a, 'standup-idle', PANEL);
    await tab(a, 'Check-in');
    await visit(a, 'checkin', PANEL);
    await openHealthRound(node);
    await a.getByTestId('health-count').waitFor();
    await visit(a, 'checkin-health-open', ['380', '320']);
    await tab(a, 'Retros');
    await visit(a, 'retros', PANEL);
    await tab(a, 'Offene Punkte');
    await visit(a, 'items', PANEL);
    await tab(a, 'Mitglieder');
    await visit(a, 'members', PANEL);
    await tab(a, 'Einstellungen');
    await visit(a, 'settings', PANEL);

    log('a running stand-up and a check-in round');
    await tab(a, 'Stand-up');
    await a.getByRole('button', { name: 'Stand-up starten' }).click();
    await a.getByTestId('current-speaker').waitFor();
    await visit(a, 'standup-running', PANEL);
    const floating = anna.context.waitForEvent('page');
    await a.getByRole('button', { name: 'Über anderen Fenstern einblenden' }).click();
    const float = await floating;
    await float.getByTestId('floating-speaker').waitFor();
    await visit(float, 'standup-floating', ['380', 'forced']);
    await c.getByRole('tab', { name: 'Stand-up' }).click();
    await c.getByTestId('current-speaker').waitFor();
    await visit(c, 'web-standup-running', ['380', '320']);
    await tab(a, 'Check-in');
    await a.getByRole('button', { name: 'Runde mit allen Anwesenden starten' }).click();
    await a.getByTestId('round-speaker').waitFor();
    await visit(a, 'checkin-round', ['380', '320']);

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
      await board.waitForFunction(
        (before) => document.querySelector('#phase-heading')?.textContent !== before,
        heading,
      );
    };
    await visit(board, 'retro-1-checkin', BOARD);
    await next();
    await visit(board, 'retro-2-review', BOARD);
    await next();
    await visit(board, 'retro-3-write', BOARD);
    await board.locator('#timer-minutes').fill('5');
    await board.getByRole('button', { name: 'Timer starten' }).click();
    const phaseFloating = anna.context.waitForEvent('page');
    await board.getByRole('button', { name: 'Timer über anderen Fenstern einblenden' }).click();
    const phaseFloat = await phaseFloating;
    await phaseFloat.getByTestId('floating-phase-timer').waitFor();
    await visit(phaseFloat, 'retro-floating-timer', ['380', 'forced']);
    const { retro, cards } = await fillRetro(record!, node, members);
    await next();
    await board.locator('.retro-card').first().waitFor();
    await visit(board, 'retro-4-reveal', BOARD);
    await next();
    groupCards(retro, cards);
    await board
      .locator('.retro-group, [data-group]')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await visit(board, 'retro-5-group', BOARD);
    await next();
    await visit(board, 'retro-6-vote', BOARD);
    await next();
    castBallots(retro, cards);
    await visit(board, 'retro-7-discuss', BOARD);
    await next();
    for (const [title, owner, due] of [
      ['Mitzeichnungen ab Januar beim Start des Vorgangs anfragen', 'Anna Schmidt', '2026-12-16'],
      ['Vorlage aus Referat Z 2 besorgen und anpassen', 'Ben Krüger', '2026-12-11'],
    ]) {
      await board.locator('#action-title').fill(title!);
      await board.locator('#action-owner').fill(owner!);
      await board.locator('#action-due').fill(due!);
      await board.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
      await board.getByText(title!).waitFor();
    }
    await visit(board, 'retro-8-actions', BOARD);
    await next();
    await visit(board, 'retro-9-close', BOARD);
    await retro.close();

    log('the end of the stand-up');
    await tab(a, 'Stand-up');
    await a.getByRole('button', { name: 'Stand-up beenden' }).click();
    await a.getByTestId('summary').waitFor();
    await visit(a, 'standup-summary', PANEL);
    await node.close();
  } finally {
    await Promise.all([anna.close(), ben.close(), web.close()]);
    await server.stop();
  }
}
