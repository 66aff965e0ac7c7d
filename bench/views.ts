// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The views' first paint against the browser's floor (issue #22): for each view, navigation start
// to first contentful paint and to its first useful content (the element a person reads first, by
// Element Timing), next to a trivial page of the same kind loaded the same way in the same run, at
// normal speed and with the CPU throttled 4x through the DevTools protocol (an office PC).
// Plain Node (type stripping): imports carry their `.ts` extension.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIRST_USEFUL_CONTENT as USEFUL } from '../extension/lib/performance-marks.ts';
import { CHROME_BUILD, type ExtensionBrowser, launchExtension } from '../tests/support/extension-browser.ts';
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

/** Navigation start → first contentful paint and → the first paint of the element tagged `USEFUL`. */
async function load(browser: ExtensionBrowser, path: string, throttle: number, size: { width: number; height: number }) {
  const page: Page = await browser.context.newPage();
  await page.setViewportSize(size);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.bringToFront();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  const figures = await page.evaluate(
    (identifier) =>
      new Promise<{ fcp: number; useful: number }>((resolve) => {
        let fcp = Number.NaN;
        let useful = Number.NaN;
        const done = () => !Number.isNaN(fcp) && !Number.isNaN(useful) && resolve({ fcp, useful });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntriesByName('first-contentful-paint')) fcp = entry.startTime;
          done();
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const timing = entry as PerformanceEntry & { identifier: string; renderTime: number };
            if (timing.identifier === identifier) useful = timing.renderTime;
          }
          done();
        }).observe({ type: 'element', buffered: true });
      }),
    USEFUL,
  );
  await page.close();
  return figures;
}

/** Each view and its floor, alternately, `runs` times after one warm-up load each. */
async function measure(
  browser: ExtensionBrowser,
  view: string,
  path: string,
  throttle: number,
  runs: number,
  size: { width: number; height: number },
): Promise<ViewFigures> {
  const ours = { fcp: [] as number[], useful: [] as number[] };
  const floor = { fcp: [] as number[], useful: [] as number[] };
  await load(browser, path, throttle, size);
  await load(browser, 'floor.html', throttle, size);
  for (let i = 0; i < runs; i++) {
    for (const [target, file] of [
      [ours, path],
      [floor, 'floor.html'],
    ] as const) {
      const { fcp, useful } = await load(browser, file, throttle, size);
      target.fcp.push(fcp);
      target.useful.push(useful);
    }
  }
  const paint = (figures: typeof ours) => ({ fcp: spread(figures.fcp), useful: spread(figures.useful) });
  return { view, throttle, ours: paint(ours), floor: paint(floor) };
}

/** The popup and the options page, at normal speed and at 4x, against a trivial page of the extension. */
export async function viewFigures(runs: number): Promise<ViewFigures[]> {
  // A copy of the build with the trivial page beside the real ones: same origin, same loading.
  const build = await mkdtemp(join(tmpdir(), 'team-rituals-views-'));
  await cp(CHROME_BUILD, build, { recursive: true });
  await writeFile(join(build, 'floor.html'), FLOOR_PAGE);
  await writeFile(join(build, 'floor.js'), 'document.querySelector("p").textContent = "Ready.";\n');
  const browser = await launchExtension('de-DE', { build });
  try {
    const results: ViewFigures[] = [];
    for (const throttle of [1, 4]) {
      results.push(await measure(browser, 'popup', 'popup.html', throttle, runs, { width: 360, height: 600 }));
      results.push(await measure(browser, 'options', 'options.html', throttle, runs, { width: 800, height: 900 }));
    }
    return results;
  } finally {
    await browser.close();
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

if (import.meta.main) {
  const runs = process.argv.includes('--quick') ? 3 : 9;
  console.log(viewTable(await viewFigures(runs)));
}
