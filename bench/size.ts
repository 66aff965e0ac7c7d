// `npm run size`: gzipped JS per entrypoint of the Chrome build and page of the web app, the popup's time to first render
// in Chromium, and how late a focus phase ends after its deadline. Prints a table, writes JSON.
// Run `npm run build` first.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FOCUS_STATUS_ELEMENT_TIMING } from '../extension/lib/performance-marks.ts';
import { CHROME_BUILD, launchExtension, writeStorage } from '../tests/support/extension-browser.ts';

/** Chromium's Element Timing entry (not in TypeScript's DOM library). */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

const BUDGET = { popupGzipBytes: 30 * 1024, popupFirstRenderMs: 100 };
const RUNS = 9;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });
const WEB_BUILD = '.output/web';
const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

/** JS an HTML page loads: its module scripts and their preloaded chunks (paths from `build`). */
async function scriptsOf(html: string, build = CHROME_BUILD): Promise<string[]> {
  const text = await readFile(join(build, html), 'utf8');
  const sources = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)];
  return sources.map((match) => join(build, match[1]!.replace(/^\//, '')));
}

async function entrypointSizes() {
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
async function popupFirstRender(): Promise<{ ready: number[]; domContentLoaded: number[] }> {
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
      }, FOCUS_STATUS_ELEMENT_TIMING);
      ready.push(timing.ready);
      domContentLoaded.push(timing.domContentLoaded);
      await page.close();
    }
    return { ready, domContentLoaded };
  } finally {
    await browser.close();
  }
}

/**
 * Milliseconds from a phase's deadline until the background has recorded its end. With
 * `stopWorker`, the service worker is stopped right after the start, so the alarm must wake it.
 */
async function phaseEndLateness(stopWorker: boolean, runs: number): Promise<number[]> {
  const browser = await launchExtension('en-US');
  try {
    await writeStorage(browser, {
      preferences: {
        language: 'auto',
        sound: false,
        focus: { focusMinutes: 0.05, shortBreakMinutes: 0.05, longBreakMinutes: 1, longBreakEvery: 4 },
      },
    });
    const observer = await browser.open('options');
    const cdp = await browser.context.newCDPSession(observer);
    await cdp.send('ServiceWorker.enable');
    const late: number[] = [];
    for (let i = 0; i < runs; i++) {
      await browser.worker();
      const { deadline } = await observer.evaluate(async () => {
        await chrome.runtime.sendMessage({ kind: 'focus', action: { type: 'start' } });
        const stored = (await chrome.storage.local.get('focusTimer')).focusTimer as {
          run: { startedAt: number; durationMs: number };
        };
        return { deadline: stored.run.startedAt + stored.run.durationMs };
      });
      if (stopWorker) await cdp.send('ServiceWorker.stopAllWorkers');
      const seenAt = await observer.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const listener: chrome.storage.onChanged.Listener = (changes) => {
              const timer = changes.focusTimer?.newValue as { run: unknown } | undefined;
              if (timer && timer.run === null) {
                chrome.storage.onChanged.removeListener(listener);
                resolve(Date.now());
              }
            };
            chrome.storage.onChanged.addListener(listener);
          }),
      );
      late.push(seenAt - deadline);
    }
    return late;
  } finally {
    await browser.close();
  }
}

const sizes = await entrypointSizes();
const render = await popupFirstRender();
const lateness = await phaseEndLateness(false, 5);
const latenessAlarm = await phaseEndLateness(true, 3);
const results = {
  measuredAt: new Date().toISOString(),
  gzipBytes: sizes,
  popupFirstRenderMs: spread(render.ready),
  popupDomContentLoadedMs: spread(render.domContentLoaded),
  phaseEndLatenessMs: spread(lateness),
  phaseEndLatenessStoppedWorkerMs: spread(latenessAlarm),
  budget: BUDGET,
  withinBudget: {
    popupGzip: sizes.popup! <= BUDGET.popupGzipBytes,
    popupFirstRender: median(render.ready) <= BUDGET.popupFirstRenderMs,
  },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s: { min: number; median: number; max: number }) =>
  `${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
console.table({
  ...Object.fromEntries(Object.entries(sizes).map(([name, bytes]) => [`${name} JS (gzip)`, { value: kb(bytes) }])),
  [`popup first render, ${RUNS} runs`]: { value: ms(results.popupFirstRenderMs) },
  ['… of it until DOMContentLoaded (page load + our script)']: { value: ms(results.popupDomContentLoadedMs) },
  ['phase end after deadline, 5 runs']: { value: ms(results.phaseEndLatenessMs) },
  ['… with the worker stopped, 3 runs']: { value: ms(results.phaseEndLatenessStoppedWorkerMs) },
});
console.log(
  `budget: popup JS ≤ ${kb(BUDGET.popupGzipBytes)}: ${results.withinBudget.popupGzip ? 'met' : 'MISSED'}; ` +
    `first render ≤ ${BUDGET.popupFirstRenderMs} ms: ${results.withinBudget.popupFirstRender ? 'met' : 'MISSED'}`,
);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/size.json', JSON.stringify(results, null, 2) + '\n');
console.log('written: bench/results/size.json');
