// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The views' first paint against the browser's floor (issue #22): for each view, navigation start
// to first contentful paint and to its first useful content (the elements a person reads first, by
// Element Timing), next to a trivial page of the same kind loaded the same way in the same run, at
// normal speed and with the CPU throttled 4x through the DevTools protocol (an office PC).
// Part of `npm run bench` and `npm run size`.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FIRST_USEFUL_CONTENT as USEFUL } from '../extension/lib/performance-marks';
import { CHROME_BUILD, type ExtensionBrowser, launchExtension, writeStorage } from '../tests/support/extension-browser';
import { type Spread, spread } from '../tests/support/stats';
import { openTab } from '../tests/support/tabs';
import { launchWebBrowser } from '../tests/support/web-browser';
import { startWranglerDev } from '../tests/support/wrangler-dev';
import { fillRetro } from './retro-fill';

/** The cards on the big retro board. */
const CARDS = 300;
const BOARD = `retro board, ${CARDS} cards`;

/** A trivial page: a heading, a line of text and a small module script, as small as a page gets. */
const trivialPage = (script: string, body = `<h1 elementtiming="${USEFUL}">Focus</h1><p>Ready.</p>`) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<script type="module" src="${script}"></script></head><body>${body}</body></html>`;

const WRITE_TEXT = `document.body.innerHTML = '<h1 elementtiming="${USEFUL}">Focus</h1><p>Ready.</p>';`;

/** The floor and two pages that show how far a page that renders its text itself can get. */
const EXTENSION_PAGES: Record<string, string> = {
  'floor.html': trivialPage('./floor.js'),
  'floor.js': 'document.querySelector("p").textContent = "Ready.";\n',
  'scripted.html': trivialPage('./scripted.js', ''),
  'scripted.js': `${WRITE_TEXT}\n`,
  'stored.html': trivialPage('./stored.js', ''),
  'stored.js': `chrome.storage.local.get('preferences').then(() => { ${WRITE_TEXT} });\n`,
};

export interface PaintFigures {
  fcp: Spread;
  useful: Spread;
}

export interface ViewFigures {
  view: string;
  throttle: number;
  ours: PaintFigures;
  floor: PaintFigures;
}

/**
 * What a view's first useful content is: the paint of the last of its elements tagged `USEFUL`,
 * either a number of them or, on a board, those in the first screen once `of` are on the page.
 */
type Useful = number | { visibleOf: number };

/** A view: where it is, its floor (a trivial page of the same kind), and its first useful content. */
interface View {
  name: string;
  context: BrowserContext;
  url: string;
  floor: string;
  useful: Useful;
  size: { width: number; height: number };
}

/** Navigation start → first contentful paint, and → the view's first useful content. */
async function load(context: BrowserContext, url: string, view: View, useful: Useful, throttle: number) {
  const page: Page = await context.newPage();
  await page.setViewportSize(view.size);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.bringToFront();
  await page.goto(url);
  const figures = await page.evaluate(
    ({ identifier, useful }) =>
      new Promise<{ fcp: number; useful: number }>((done) => {
        let fcp = Number.NaN;
        // The elements that make the first useful content: any `useful` of them, or on a board, those
        // in the first screen once all its cards are on the page.
        let wanted: ((element: Element | null) => boolean) | null = typeof useful === 'number' ? () => true : null;
        let visibleCount = 0;
        const painted: { element: Element | null; at: number }[] = [];
        const check = () => {
          const times = wanted ? painted.filter(({ element }) => wanted!(element)).map(({ at }) => at) : [];
          const count = typeof useful === 'number' ? useful : visibleCount;
          if (!Number.isNaN(fcp) && wanted && times.length >= count) done({ fcp, useful: Math.max(...times) });
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntriesByName('first-contentful-paint')) fcp = entry.startTime;
          check();
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const timing = entry as PerformanceEntry & {
              identifier: string;
              renderTime: number;
              element: Element | null;
            };
            if (timing.identifier === identifier) painted.push({ element: timing.element, at: timing.renderTime });
          }
          check();
        }).observe({ type: 'element', buffered: true });
        if (typeof useful === 'number') return;
        // A board: once all its cards are there, those that are in the first screen.
        const visible = () => {
          const tagged = [...document.querySelectorAll(`[elementtiming="${identifier}"]`)];
          if (tagged.length < useful.visibleOf) return void requestAnimationFrame(visible);
          const inView = new Set(
            tagged.filter((element) => {
              const box = element.getBoundingClientRect();
              return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
            }),
          );
          visibleCount = inView.size;
          wanted = (element) => element !== null && inView.has(element);
          check();
        };
        visible();
      }),
    { identifier: USEFUL, useful },
  );
  await page.close();
  return figures;
}

/** A view and its floor, alternately, `runs` times after one warm-up load each. */
async function measure(view: View, throttle: number, runs: number): Promise<ViewFigures> {
  const ours = { fcp: [] as number[], useful: [] as number[] };
  const floor = { fcp: [] as number[], useful: [] as number[] };
  const pages = [
    [ours, view.url, view.useful],
    [floor, view.floor, 1],
  ] as const;
  for (const [, url, useful] of pages) await load(view.context, url, view, useful, throttle);
  for (let i = 0; i < runs; i++) {
    for (const [target, url, useful] of pages) {
      const { fcp, useful: at } = await load(view.context, url, view, useful, throttle);
      target.fcp.push(fcp);
      target.useful.push(at);
    }
  }
  const paint = (figures: typeof ours) => ({ fcp: spread(figures.fcp), useful: spread(figures.useful) });
  return { view: view.name, throttle, ours: paint(ours), floor: paint(floor) };
}

/**
 * A team of one on `server` with a stand-up running, so that the side panel opens on it, and a
 * retro with `CARDS` cards. Returns the invite link and the retro board's address.
 */
async function team(browser: ExtensionBrowser, server: string) {
  await writeStorage(browser, { preferences: { server } });
  const panel = await browser.open('sidepanel');
  await panel.locator('#teamName').fill('Referat Z 3');
  await panel.locator('#createName').fill('Anna Schmidt');
  await panel.locator('form:has(#teamName) button[type="submit"]').click();
  await openTab(panel, 'Einladen');
  const invite = await panel.locator('#invite-edit').inputValue();
  await panel.getByRole('tab', { name: 'Retros' }).click();
  await panel.getByLabel('Titel').fill('Retro mit 300 Karten');
  const opened = browser.context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Retro anlegen und Board öffnen' }).click();
  const board = await opened;
  await board.locator('h1').waitFor();
  const boardUrl = board.url();
  await board.close();
  await fillRetro(browser, server, CARDS);
  await panel.getByRole('tab', { name: 'Stand-up' }).click();
  await panel.getByRole('button', { name: 'Stand-up starten' }).click();
  await panel.getByTestId('current-speaker').waitFor();
  await panel.close();
  return { invite, boardUrl };
}

/** A copy of `from` with `files` added (or replaced). */
async function copyWith(from: string, files: Record<string, string>) {
  const copy = await mkdtemp(join(tmpdir(), 'team-rituals-views-'));
  await cp(from, copy, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(copy, name), content);
  return copy;
}

/**
 * Each view (or those whose name starts with one of `only`), at normal speed and at 4x, against a
 * trivial page of the same kind: a page of the same extension, or one the same worker serves with
 * the same headers (in a copy of the web app, as `privacy.html`).
 */
export async function viewFigures(runs: number, only: string[] = []): Promise<ViewFigures[]> {
  const build = await copyWith(CHROME_BUILD, EXTENSION_PAGES);
  const web = await copyWith(resolve('.output/web'), {
    'privacy.html': trivialPage('/assets/floor.js'),
    'assets/floor.js': EXTENSION_PAGES['floor.js']!,
  });
  // The repository's worker, serving that copy.
  const config = join(web, 'wrangler.toml');
  await writeFile(
    config,
    (await readFile('wrangler.toml', 'utf8'))
      .replace(/^main = .*$/m, `main = "${resolve('worker/index.ts')}"`)
      .replace(/^directory = .*$/m, `directory = "${web}"`),
  );
  const [browser, server] = await Promise.all([launchExtension('de-DE', { build }), startWranglerDev({ config })]);
  const member = await launchWebBrowser('de-DE', server.url);
  try {
    const { invite, boardUrl } = await team(browser, server.url);
    // A member in the web app.
    const page = await member.newPage();
    await page.goto(invite);
    await page.locator('#joinName').fill('Wei');
    await page.locator('form:has(#joinName) button[type="submit"]').click();
    await page.getByTestId('current-speaker').waitFor();
    await page.close();

    const extension = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
    const panel = { width: 380, height: 900 };
    const tab = { width: 1280, height: 900 };
    const inExtension = { context: browser.context, floor: extension('floor.html') };
    const views: View[] = [
      { name: 'popup', url: extension('popup.html'), useful: 1, size: { width: 360, height: 600 }, ...inExtension },
      { name: 'options', url: extension('options.html'), useful: 1, size: { width: 800, height: 900 }, ...inExtension },
      // The team's name, the speaker and the speaker's countdown.
      {
        name: 'side panel, stand-up running',
        url: extension('sidepanel.html'),
        useful: 3,
        size: panel,
        ...inExtension,
      },
      { name: BOARD, url: boardUrl, useful: { visibleOf: CARDS }, size: tab, ...inExtension },
      {
        name: 'web app, stand-up running',
        url: `${server.url}/`,
        floor: `${server.url}/privacy.html`,
        context: member.context,
        useful: 3,
        size: tab,
      },
      // How far a page gets that writes its text itself: without reading anything, and after one storage read.
      {
        name: 'reference: text from its script',
        url: extension('scripted.html'),
        useful: 1,
        size: panel,
        ...inExtension,
      },
      {
        name: 'reference: after a storage read',
        url: extension('stored.html'),
        useful: 1,
        size: panel,
        ...inExtension,
      },
    ].filter((view) => only.length === 0 || only.some((name) => view.name.startsWith(name)));
    const results: ViewFigures[] = [];
    for (const throttle of [1, 4]) for (const view of views) results.push(await measure(view, throttle, runs));
    return results;
  } finally {
    await Promise.all([browser.close(), member.close(), server.stop()]);
    await Promise.all([build, web].map((copy) => rm(copy, { recursive: true, force: true })));
  }
}

const ms = (s: Spread) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

/** The table: each view's first paint and first useful content, and their ratios to the floor's first paint. */
export function viewTable(results: ViewFigures[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.view} | ${r.throttle}× | ${ms(r.ours.fcp)} | ${ms(r.ours.useful)} | ${ms(r.floor.fcp)} | ${(r.ours.fcp.median / r.floor.fcp.median).toFixed(2)} | ${(r.ours.useful.median / r.floor.fcp.median).toFixed(2)} |`,
  );
  return [
    '| view | CPU | first paint | first useful content | floor: first paint | paint / floor | useful / floor |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * Issue #22's goals, each met or missed in these figures: first useful content within 1.3× the
 * trivial page's first paint for the popup (also at 4×), within 2× for the side panel with a team,
 * and the 300-card board's first screen of cards within 300 ms at normal speed.
 */
export function viewGoals(results: ViewFigures[]): string {
  return results
    .flatMap((r): [string, boolean, string][] => {
      const ratio = r.ours.useful.median / r.floor.fcp.median;
      const useful = r.ours.useful.median;
      if (r.view === 'popup') return [[`popup at ${r.throttle}×: ≤ 1.3× the floor`, ratio <= 1.3, ratio.toFixed(2)]];
      if (r.view.startsWith('side panel'))
        return [[`side panel at ${r.throttle}×: ≤ 2× the floor`, ratio <= 2, ratio.toFixed(2)]];
      if (r.view === BOARD && r.throttle === 1)
        return [[`${BOARD}, cards in the first screen at 1×: ≤ 300 ms`, useful <= 300, `${useful.toFixed(0)} ms`]];
      return [];
    })
    .map(([goal, met, is]) => `${goal}: ${met ? 'met' : 'MISSED'} (${is})`)
    .join('\n');
}
