// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// Figures of the extension's build and pages in Chromium, shared by `npm run size` and `npm run bench`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_USEFUL_CONTENT } from '../extension/lib/performance-marks';
import { CHROME_BUILD, launchExtension } from '../tests/support/extension-browser';

/** Chromium's Element Timing entry (not in TypeScript's DOM library). */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

export const BUDGET = { popupGzipBytes: 30 * 1024, popupFirstRenderMs: 100 };
export const RUNS = 9;

const WEB_BUILD = '.output/web';
const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

/** JS an HTML page loads: its module scripts and their preloaded chunks (paths from `build`). */
async function scriptsOf(html: string, build = CHROME_BUILD): Promise<string[]> {
  const text = await readFile(join(build, html), 'utf8');
  const sources = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)];
  return sources.map((match) => join(build, match[1]!.replace(/^\//, '')));
}

export async function entrypointSizes() {
  const manifest = JSON.parse(await readFile(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
  };
  const entries: Record<string, string[]> = {
    background: [join(CHROME_BUILD, manifest.background.service_worker)],
    popup: await scriptsOf('popup.html'),
    options: await scriptsOf('options.html'),
    sidepanel: await scriptsOf('sidepanel.html'),
    offscreen: await scriptsOf('offscreen.html'),
    'web app team page': await scriptsOf('index.html', WEB_BUILD),
    'web app retro page': await scriptsOf('retro.html', WEB_BUILD),
  };
  const sizes: Record<string, number> = {};
  for (const [name, files] of Object.entries(entries)) {
    sizes[name] = (await Promise.all(files.map(gzipSize))).reduce((a, b) => a + b, 0);
  }
  return sizes;
}

/** Navigation start → popup painted with its stored state, and how much of it precedes our code. */
export async function popupFirstRender(): Promise<{ ready: number[]; domContentLoaded: number[] }> {
  const browser = await launchExtension('en-US');
  try {
    const ready: number[] = [];
    const domContentLoaded: number[] = [];
    await browser.open('popup').then((page) => page.close()); // warm the profile once
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.open('popup');
      const timing = await page.evaluate(async (identifier) => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        // When Chromium painted the status heading, which appears once the stored state is loaded.
        const painted = await new Promise<number>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntries().find((e) => (e as ElementTiming).identifier === identifier);
            if (!entry) return;
            observer.disconnect();
            resolve((entry as ElementTiming).renderTime);
          }).observe({ type: 'element', buffered: true });
        });
        return { ready: painted, domContentLoaded: navigation.domContentLoadedEventStart };
      }, FIRST_USEFUL_CONTENT);
      ready.push(timing.ready);
      domContentLoaded.push(timing.domContentLoaded);
      await page.close();
    }
    return { ready, domContentLoaded };
  } finally {
    await browser.close();
  }
}
