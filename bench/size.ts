// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm run size`: gzipped JS per entrypoint of the Chrome build and page of the web app, the popup's time to first render
// in Chromium, how late a focus phase ends after its deadline, and each view's first paint against a
// trivial page (`views.ts`, with its ratios). Prints tables, writes JSON.
// Run `npm run build` first.
import { mkdir, writeFile } from 'node:fs/promises';
import { launchExtension, writeStorage } from '../tests/support/extension-browser';
import { BUDGET, RUNS, entrypointSizes, popupFirstRender } from './extension-figures';
import { median, spread } from '../tests/support/stats';
import { viewFigures, viewGoals, viewTable } from './views';

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
const views = await viewFigures(RUNS);
const results = {
  measuredAt: new Date().toISOString(),
  gzipBytes: sizes,
  popupFirstRenderMs: spread(render.ready),
  popupDomContentLoadedMs: spread(render.domContentLoaded),
  phaseEndLatenessMs: spread(lateness),
  phaseEndLatenessStoppedWorkerMs: spread(latenessAlarm),
  views,
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
console.log(`\nfirst paint against a trivial page of the same kind, medians of ${RUNS} loads:\n${viewTable(views)}`);
console.log(`\ngoals of issue #22:\n${viewGoals(views)}`);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/size.json', JSON.stringify(results, null, 2) + '\n');
console.log('written: bench/results/size.json');
