// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tour } from '../../scripts/screenshots/tour';
import { accessibilityViolations } from '../support/extension-browser';
import { overflowOf } from '../support/reflow';

/**
 * Every view of the tour that `npm run screenshots` takes (a realistic German team: side panel,
 * web app, every retro phase), checked the way BITV 2.0 / WCAG 2.1 asks:
 *
 * - reflow (1.4.10): nothing scrolls sideways at 320 CSS px, nor at 200 % zoom in a 400 px panel
 *   (200 CSS px), apart from deliberate scroll containers;
 * - side-panel width (320 to 400 px): the meeting tabs, and every 1–5 scale, stay in one row;
 * - forced colours (Windows high contrast): the selected tab and the primary button stay told apart
 *   from the others by more than a colour the system replaces, and filled marks stay filled;
 * - two rules engines, in German and in English: axe-core (WCAG 2.1 A/AA and best practice, light
 *   and dark) and IBM's Equal Access engine (WCAG 2.2 A/AA), with the page's `lang` in step.
 */
const WIDTHS = { '320 px': 320, '200 % zoom in a 400 px panel': 200 };

/** Rows that must stay one row at side-panel width: the meeting tabs, and each 1–5 scale (or a clean list). */
function rowProblems(page: Page) {
  return page.evaluate(() => {
    const rows = (elements: Iterable<Element>) =>
      new Set([...elements].map((element) => Math.round(element.getBoundingClientRect().top))).size;
    const problems: string[] = [];
    const tabs = document.querySelector('[role="tablist"]')?.querySelectorAll('[role="tab"]') ?? [];
    if (rows(tabs) > 1) problems.push(`the tabs take ${rows(tabs)} rows`);
    for (const scale of document.querySelectorAll('.scale')) {
      const options = scale.querySelectorAll('.scale__option');
      // One row, or where that is too narrow a list of one value per row; never 3 + 2.
      if (![1, options.length].includes(rows(options))) problems.push(`a scale takes ${rows(options)} rows`);
    }
    return problems;
  });
}

/** In forced colours: what tells a selected tab and a primary button from the rest. */
function forcedColourCues(page: Page) {
  return page.evaluate(() => {
    const cue = (element: Element | null) => {
      if (!element) return null;
      const style = getComputedStyle(element);
      return [
        style.borderBottomWidth,
        style.borderBottomStyle,
        style.borderTopWidth,
        style.fontWeight,
        style.textDecorationLine,
      ].join(' ');
    };
    const problems: string[] = [];
    const selected = document.querySelector('[role="tab"][aria-selected="true"]');
    const other = document.querySelector('[role="tab"][aria-selected="false"]');
    if (selected && other && cue(selected) === cue(other)) problems.push('the selected tab looks like the others');
    const primary = document.querySelector('.button--primary:not(:disabled)');
    const secondary = document.querySelector('.button:not(.button--primary):not(.button--danger):not(:disabled)');
    if (primary && secondary && cue(primary) === cue(secondary))
      problems.push('a primary button looks like a secondary one');
    // A filled mark (synced, here) must stay filled: the system would turn it into the hollow one.
    for (const selector of ['.sync-status--ok .sync-status__mark', '.presence--here']) {
      const mark = document.querySelector(selector);
      if (!mark) continue;
      const fill = getComputedStyle(mark).backgroundColor;
      if (fill === getComputedStyle(document.body).backgroundColor || fill === 'rgba(0, 0, 0, 0)')
        problems.push(`${selector} looks hollow`);
    }
    return problems;
  });
}

type Language = 'de' | 'en' | 'auto';

/**
 * Switches the language a page shows, the way its person would: the web app's language menu, or
 * the extension's stored preference (which every page of that browser follows, floating windows
 * included). Waits until the page has re-rendered in it.
 */
async function showIn(page: Page, language: Language) {
  if (page.url().startsWith('http')) {
    await page.locator('#web-language').selectOption(language);
  } else {
    const extensionPage = page
      .context()
      .pages()
      .find((other) => other.url().startsWith('chrome-extension://'));
    if (!extensionPage) throw new Error('no extension page to set the language from');
    await extensionPage.evaluate(async (chosen) => {
      const { preferences } = (await chrome.storage.local.get('preferences')) as { preferences?: object };
      await chrome.storage.local.set({ preferences: { ...preferences, language: chosen } });
    }, language);
  }
  const lang = language === 'auto' ? 'de' : language;
  await page
    .waitForFunction((expected) => document.documentElement.lang === expected, lang, { timeout: 10_000 })
    .catch(async () => {
      throw new Error(`the page's lang stayed "${await page.evaluate(() => document.documentElement.lang)}"`);
    });
}

describe('every view', () => {
  it('reflows at 320 px and at 200 % zoom, keeps tabs and scales in one row, and keeps its states visible in forced colours', async () => {
    const problems: string[] = [];
    await tour(async (page, name) => {
      const size = page.viewportSize() ?? { width: 380, height: 900 };
      for (const [label, width] of Object.entries(WIDTHS)) {
        await page.setViewportSize({ width, height: size.height });
        for (const found of await overflowOf(page)) problems.push(`${name} at ${label}: ${found}`);
      }
      for (const width of [320, 400]) {
        await page.setViewportSize({ width, height: size.height });
        for (const found of await rowProblems(page)) problems.push(`${name} at ${width} px: ${found}`);
      }
      await page.setViewportSize(size);
      await page.emulateMedia({ forcedColors: 'active' });
      for (const found of await forcedColourCues(page)) problems.push(`${name} in forced colours: ${found}`);
      await page.emulateMedia({ forcedColors: 'none' });
    });
    expect(problems).toEqual([]);
  }, 300_000);

  it('passes axe-core and the Equal Access engine in German and in English', async () => {
    const problems: string[] = [];
    await tour(async (page, name) => {
      // The privacy notice is one page in both languages, each part marked with its own.
      if (page.url().endsWith('/privacy.html')) {
        for (const found of await accessibilityViolations(page)) problems.push(`${name}: ${found}`);
        return;
      }
      for (const language of ['de', 'en'] as const) {
        try {
          await showIn(page, language);
        } catch (error) {
          problems.push(`${name} in ${language}: ${(error as Error).message}`);
          continue;
        }
        for (const found of await accessibilityViolations(page)) problems.push(`${name} in ${language}: ${found}`);
      }
      await showIn(page, 'auto');
    });
    expect(problems).toEqual([]);
  }, 400_000);
});
