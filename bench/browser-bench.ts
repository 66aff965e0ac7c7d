// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// Browser figures that need a synced team: the side panel's first render, a 300-card retro board
// (first render, JS heap) and the time from a keystroke to the change in a second member's browser.
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchExtension, writeStorage } from '../tests/support/extension-browser';
import { GROUP, fillRetro } from './retro-fill';
import { sleep } from '../tests/support/stats';
import { openTab } from '../tests/support/tabs';

const CARDS = 300;

/** Navigation start → the page's `h1` painted with text (the next frame), `runs` times. */
async function firstRender(browser: ExtensionBrowser, path: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await browser.context.newPage();
    await page.bringToFront();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    const at = await page
      .waitForFunction(() => (document.querySelector('h1')?.textContent ? performance.now() : false), undefined, {
        polling: 'raf',
      })
      .then((handle) => handle.jsonValue() as Promise<number>);
    if (i > 0) times.push(at); // the first load warms the profile
    await page.close();
  }
  return times;
}

/** Until `count` cards are on the page, from navigation start, measured in the page's own frames. */
const cardsRendered = (page: Page, count: number) =>
  page
    .waitForFunction((n) => (document.querySelectorAll('.retro-card').length >= n ? performance.now() : false), count, {
      polling: 'raf',
      timeout: 60_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>);

export interface BrowserFigures {
  sidePanelFirstRenderMs: number[];
  retroBoardRenderMs: number[];
  retroBoardHeapBytes: number[];
  keystrokeToPeerMs: number[];
}

export async function browserFigures(server: string, runs: number): Promise<BrowserFigures> {
  const [anna, ben] = await Promise.all([launchExtension('en-US'), launchExtension('en-US')]);
  try {
    await Promise.all([anna, ben].map((member) => writeStorage(member, { preferences: { server } })));
    // Anna creates the team and a retro in her side panel; Ben joins by link.
    const panel = await anna.open('sidepanel');
    await panel.getByLabel('Team name').fill('Bench');
    await panel.locator('#createName').fill('Anna');
    await panel.getByRole('button', { name: 'Create team' }).click();
    await openTab(panel, 'Invite');
    const link = await panel.locator('#invite-edit').inputValue();
    await panel.getByRole('tab', { name: 'Retros' }).click();
    await panel.getByLabel('Title').fill('Retro with 300 cards');
    const opened = anna.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Create retro and open its board' }).click();
    const annaBoard = await opened;
    await annaBoard.locator('h1').waitFor();
    const benPanel = await ben.open('sidepanel');
    await benPanel.getByLabel('Invite link', { exact: true }).fill(link);
    await benPanel.locator('#joinName').fill('Ben');
    await benPanel.getByRole('button', { name: 'Join team' }).click();
    await benPanel.getByRole('tab', { name: 'Retros' }).waitFor();

    // A third member (Node, the extension's sync code) fills the retro: 300 cards and a group.
    await fillRetro(anna, server, CARDS);

    // First render of the 300-card board, and its heap once loaded.
    const retroBoardRenderMs: number[] = [];
    const retroBoardHeapBytes: number[] = [];
    const cdp = await anna.context.newCDPSession(annaBoard);
    await annaBoard.bringToFront();
    for (let i = 0; i < runs; i++) {
      await annaBoard.reload();
      retroBoardRenderMs.push(await cardsRendered(annaBoard, CARDS));
      await cdp.send('HeapProfiler.collectGarbage');
      retroBoardHeapBytes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    }

    // Ben opens the board; Anna renames the group: Enter → Ben's page shows the name.
    await benPanel.getByRole('tab', { name: 'Retros' }).click();
    const benOpened = ben.context.waitForEvent('page');
    await benPanel.getByRole('link', { name: 'Open board: Retro with 300 cards' }).first().click();
    const benBoard = await benOpened;
    await benBoard.bringToFront();
    await cardsRendered(benBoard, CARDS);
    // Anna types into the group's name, which is shared as it is typed: keydown → Ben sees it.
    const keystrokeToPeerMs: number[] = [];
    const field = annaBoard.locator(`#group-${GROUP}`);
    await field.fill('');
    await field.focus();
    let typed = '';
    for (let i = 0; i < runs * 4; i++) {
      const key = 'abcdefghijklmnopqrstuvwxyz'[i % 26]!;
      typed += key;
      await annaBoard.evaluate(() => {
        document.addEventListener(
          'keydown',
          () => ((window as unknown as { pressedAt: number }).pressedAt = performance.timeOrigin + performance.now()),
          { once: true, capture: true },
        );
      });
      const seen = benBoard
        .waitForFunction(
          ({ expected, id }) =>
            (document.querySelector<HTMLInputElement>(`#group-${id}`)?.value ?? '') === expected
              ? performance.timeOrigin + performance.now()
              : false,
          { expected: typed, id: GROUP },
          { polling: 'raf', timeout: 10_000 },
        )
        .then((handle) => handle.jsonValue() as Promise<number>);
      await field.press(key);
      const seenAt = await seen;
      const pressedAt = await annaBoard.evaluate(() => (window as unknown as { pressedAt: number }).pressedAt);
      keystrokeToPeerMs.push(seenAt - pressedAt);
      await sleep(100);
    }
    return {
      sidePanelFirstRenderMs: await firstRender(anna, 'sidepanel.html', runs),
      retroBoardRenderMs,
      retroBoardHeapBytes,
      keystrokeToPeerMs,
    };
  } finally {
    await Promise.all([anna.close(), ben.close()]);
  }
}
