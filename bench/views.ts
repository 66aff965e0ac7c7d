// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The views' first paint against the browser's floor (issue #22): for each view, navigation start
// to first contentful paint and to its first useful content (the element a person reads first, by
// Element Timing), next to a trivial page of the same kind loaded the same way in the same run, at
// normal speed and with the CPU throttled 4x through the DevTools protocol (an office PC).
// Part of `npm run bench` and `npm run size`. Plain Node (type stripping): imports carry their `.ts` extension.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIRST_USEFUL_CONTENT as USEFUL } from '../extension/lib/performance-marks.ts';
import {
  CHROME_BUILD,
  type ExtensionBrowser,
  launchExtension,
  writeStorage,
} from '../tests/support/extension-browser.ts';
import { startWranglerDev } from '../tests/support/wrangler-dev.ts';
import { type Spread, spread } from '../tests/support/stats.ts';

/** A trivial extension page: a heading, a line of text and a module script, as small as a page gets. */
const FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<script type="module" src="./floor.js"></script></head>
<body><h1 elementtiming="${USEFUL}">Focus</h1><p>Ready.</p></body></html>`;

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

/** A view: the page, how many elements make its first useful content, and its size. */
interface View {
  name: string;
  path: string;
  useful: number;
  size: { width: number; height: number };
}

const FLOOR = (size: View['size']): View => ({ name: 'floor', path: 'floor.html', useful: 1, size });

/**
 * Navigation start → first contentful paint, and → the paint of the last of the view's `useful`
 * elements tagged `USEFUL` (its first useful content is there when all of them are).
 */
async function load(browser: ExtensionBrowser, view: View, throttle: number) {
  const page: Page = await browser.context.newPage();
  await page.setViewportSize(view.size);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.bringToFront();
  await page.goto(`chrome-extension://${browser.extensionId}/${view.path}`);
  const figures = await page.evaluate(
    ({ identifier, count }) =>
      new Promise<{ fcp: number; useful: number }>((resolve) => {
        let fcp = Number.NaN;
        const painted: number[] = [];
        const done = () =>
          !Number.isNaN(fcp) && painted.length >= count && resolve({ fcp, useful: Math.max(...painted) });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntriesByName('first-contentful-paint')) fcp = entry.startTime;
          done();
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const timing = entry as PerformanceEntry & { identifier: string; renderTime: number };
            if (timing.identifier === identifier) painted.push(timing.renderTime);
          }
          done();
        }).observe({ type: 'element', buffered: true });
      }),
    { identifier: USEFUL, count: view.useful },
  );
  await page.close();
  return figures;
}

/** Each view and its floor, alternately, `runs` times after one warm-up load each. */
async function measure(browser: ExtensionBrowser, view: View, throttle: number, runs: number): Promise<ViewFigures> {
  const ours = { fcp: [] as number[], useful: [] as number[] };
  const floor = { fcp: [] as number[], useful: [] as number[] };
  await load(browser, view, throttle);
  await load(browser, FLOOR(view.size), throttle);
  for (let i = 0; i < runs; i++) {
    for (const [target, measured] of [
      [ours, view],
      [floor, FLOOR(view.size)],
    ] as const) {
      const { fcp, useful } = await load(browser, measured, throttle);
      target.fcp.push(fcp);
      target.useful.push(useful);
    }
  }
  const paint = (figures: typeof ours) => ({ fcp: spread(figures.fcp), useful: spread(figures.useful) });
  return { view: view.name, throttle, ours: paint(ours), floor: paint(floor) };
}

const PANEL = { width: 380, height: 900 };
const VIEWS: View[] = [
  { name: 'popup', path: 'popup.html', useful: 1, size: { width: 360, height: 600 } },
  { name: 'options', path: 'options.html', useful: 1, size: { width: 800, height: 900 } },
  // The team's name, the speaker and the speaker's countdown.
  { name: 'side panel, stand-up running', path: 'sidepanel.html', useful: 3, size: PANEL },
];

/** A team of one on `server` with a stand-up running, so that the side panel opens on it. */
async function runningStandup(browser: ExtensionBrowser, server: string) {
  await writeStorage(browser, { preferences: { server } });
  const panel = await browser.open('sidepanel');
  await panel.locator('#teamName').fill('Referat Z 3');
  await panel.locator('#createName').fill('Anna Schmidt');
  await panel.locator('form:has(#teamName) button[type="submit"]').click();
  await panel.getByRole('button', { name: 'Stand-up starten' }).click();
  await panel.getByTestId('current-speaker').waitFor();
  await panel.close();
}

/** Each view, at normal speed and at 4x, against a trivial page of the extension. */
export async function viewFigures(runs: number): Promise<ViewFigures[]> {
  // A copy of the build with the trivial page beside the real ones: same origin, same loading.
  const build = await mkdtemp(join(tmpdir(), 'team-rituals-views-'));
  await cp(CHROME_BUILD, build, { recursive: true });
  await writeFile(join(build, 'floor.html'), FLOOR_PAGE);
  await writeFile(join(build, 'floor.js'), 'document.querySelector("p").textContent = "Ready.";\n');
  const [browser, server] = await Promise.all([launchExtension('de-DE', { build }), startWranglerDev()]);
  try {
    await runningStandup(browser, server.url);
    const results: ViewFigures[] = [];
    for (const throttle of [1, 4]) for (const view of VIEWS) results.push(await measure(browser, view, throttle, runs));
    return results;
  } finally {
    await Promise.all([browser.close(), server.stop()]);
    await rm(build, { recursive: true, force: true });
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
