// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_COLORS } from '../../extension/features/focus/schedule';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';
import { rgba } from '../support/colors';
import {
  type ExtensionBrowser,
  accessibilityViolations,
  badge,
  launchExtension,
  readStorage,
  writeStorage,
} from '../support/extension-browser';
import { parseCsv } from '../support/csv';

/** Phases of a few seconds (stored lengths may be shorter than the form allows, for tests). */
const SHORT = {
  ...DEFAULT_PREFERENCES,
  focus: { ...DEFAULT_PREFERENCES.focus, focusMinutes: 0.1, shortBreakMinutes: 0.05 },
};

/** Chrome cuts popups off at 600 px height; the popup should fit without scrolling. */
const CHROME_POPUP_MAX_HEIGHT = 600;
const popupHeight = (page: Page) => page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height);

interface StoredTimer {
  phase: string;
  run: { startedAt: number; durationMs: number } | null;
}

describe('focus timebox in Chromium (English browser)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension('en-US');
  });
  afterAll(() => browser?.close());

  it('runs a short focus session from the popup by keyboard: badge, completion, next phase, statistics', async () => {
    await writeStorage(browser, { preferences: SHORT });
    const popup = await browser.open('popup');
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Ready: Focus');
    expect(await popup.getByRole('timer').textContent()).toBe('0:06');
    expect((await badge(browser)).text).toBe('');

    const label = popup.getByLabel('Task (optional)');
    await label.focus();
    await popup.keyboard.type('Draft memo');
    await popup.keyboard.press('Enter');

    await expect.poll(() => popup.locator('h1').textContent()).toBe('Focus running');
    await expect.poll(async () => (await badge(browser)).text).toBe('1');
    expect((await badge(browser)).color).toEqual(rgba(BADGE_COLORS.focus));
    expect(await accessibilityViolations(popup)).toEqual([]);
    expect(await popupHeight(popup)).toBeLessThanOrEqual(CHROME_POPUP_MAX_HEIGHT);

    await expect.poll(() => popup.locator('h1').textContent(), { timeout: 15_000 }).toBe('Ready: Short break');
    // Screen readers hear the end politely, once, not a countdown every second.
    const liveRegion = popup.getByRole('status');
    await expect.poll(() => liveRegion.textContent()).toBe('Focus is over. Next: Short break.');
    await expect.poll(async () => (await badge(browser)).text).toBe('');
    await expect.poll(() => popup.getByTestId('stats-today').textContent()).toContain('1 session');
    const worker = await browser.worker();
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toHaveProperty('focus-phase-end');
    // The chime plays in an offscreen document, since the service worker has no audio.
    const offscreen = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }));
    expect(offscreen.map((context) => new URL(context.documentUrl ?? '').pathname)).toEqual(['/offscreen.html']);
    const [record] = (await readStorage(browser, 'focusRecords')) as { label: string; completed: boolean }[];
    expect(record).toMatchObject({ label: 'Draft memo', completed: true });

    // The break: start, pause and resume by keyboard, then stop.
    await popup.getByRole('button', { name: 'Start short break' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Short break running');
    await expect.poll(async () => (await badge(browser)).color).toEqual(rgba(BADGE_COLORS.break));
    await popup.getByRole('button', { name: 'Pause' }).focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Short break paused');
    await expect.poll(() => liveRegion.textContent()).toMatch(/^Short break paused with 0:0\d left\.$/);
    await expect.poll(async () => (await badge(browser)).color).toEqual(rgba(BADGE_COLORS.paused));
    await popup.getByRole('button', { name: 'Resume' }).click();
    await popup.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Ready: Focus');
    await popup.close();
  });

  it('completes a phase after its service worker was stopped', async () => {
    const popup = await browser.open('popup');
    await popup.getByRole('button', { name: 'Start focus' }).click();
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Focus running');
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Nothing of the extension runs now; the alarm must wake the worker at the deadline.
    await popup.close();
    const check = await browser.open('popup');
    await expect
      .poll(async () => ((await readStorage(browser, 'focusTimer')) as StoredTimer).phase, { timeout: 15_000 })
      .toBe('shortBreak');
    await expect.poll(() => check.getByTestId('stats-today').textContent()).toContain('2 sessions');
    await check.close();
  });

  it('refuses invalid settings with a translated message and keeps what was saved', async () => {
    // The few-second fixture above is below what the form accepts; start from the defaults.
    await writeStorage(browser, { preferences: DEFAULT_PREFERENCES });
    const options = await browser.open('options');
    const before = await readStorage(browser, 'preferences');
    const focusField = options.getByLabel('Focus length (minutes)');
    await focusField.fill('0');
    await options.getByLabel('Long break after every … focus sessions').fill('three');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => options.getByTestId('settings-status').textContent())
      .toBe('Nothing was saved. Please correct the marked fields.');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('focusMinutes');
    expect(await focusField.getAttribute('aria-invalid')).toBe('true');
    expect(await options.locator('#focusMinutes-error').textContent()).toBe('Please enter a value from 1 to 180.');
    expect(await options.locator('#longBreakEvery-error').textContent()).toBe('Please enter a number.');
    expect(await readStorage(browser, 'preferences')).toEqual(before);
    expect(await accessibilityViolations(options)).toEqual([]);

    await focusField.fill('30');
    await options.getByLabel('Long break after every … focus sessions').fill('4');
    await options.getByLabel('Play a soft sound when a phase ends').uncheck();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toBe('Settings saved.');
    expect(await readStorage(browser, 'preferences')).toMatchObject({ sound: false, focus: { focusMinutes: 30 } });
    await options.close();
  });

  it('exports the statistics as CSV and JSON and deletes them after a confirmation', async () => {
    const options = await browser.open('options');
    await expect.poll(() => options.getByTestId('records-summary').textContent()).toMatch(/^2 completed sessions/);

    const [csv] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    const rows = parseCsv(await readFile(await csv.path(), 'utf8'), ',');
    expect(rows[0]).toEqual(['Ended at', 'Focus minutes', 'Completed', 'Label']);
    expect(rows.some((row) => row[2] === 'yes' && row[3] === 'Draft memo')).toBe(true);
    const [json] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    expect(JSON.parse(await readFile(await json.path(), 'utf8'))).toMatchObject({
      format: 'team-rituals.focus-statistics',
      sessions: [{ label: 'Draft memo' }, { label: 'Draft memo' }],
    });

    await options.getByRole('button', { name: 'Delete statistics…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Delete all focus statistics?' });
    await dialog.waitFor();
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await readStorage(browser, 'focusRecords')).toHaveLength(2);

    await options.getByRole('button', { name: 'Delete statistics…' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => readStorage(browser, 'focusRecords')).toEqual([]);
    await expect.poll(() => options.getByTestId('records-summary').textContent()).toMatch(/^0 completed sessions/);
    await options.close();
  });

  it('switches to German through the language override', async () => {
    const options = await browser.open('options');
    await options.getByLabel('Language of the extension').selectOption('de');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Teamrituale – Einstellungen');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
    const popup = await browser.open('popup');
    // The previous test left the break after a completed focus ready.
    expect(await popup.locator('h1').textContent()).toBe('Bereit: Kurze Pause');
    await popup.close();
    await options.getByLabel('Sprache der Erweiterung').selectOption('auto');
    await options.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Team Rituals – Settings');
    await options.close();
  });
});

describe('focus timebox in Chromium (German browser)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension('de-DE');
  });
  afterAll(() => browser?.close());

  it('shows popup and options in German, accessible in light and dark', async () => {
    const popup = await browser.open('popup');
    expect(await popup.locator('h1').textContent()).toBe('Bereit: Fokuszeit');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await accessibilityViolations(popup)).toEqual([]);
    await popup.getByLabel('Aufgabe (optional)').fill('Vermerk');
    await popup.getByRole('button', { name: 'Fokuszeit starten' }).click();
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Fokuszeit läuft');
    expect(await popupHeight(popup)).toBeLessThanOrEqual(CHROME_POPUP_MAX_HEIGHT);
    expect(await accessibilityViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Beenden' }).click();
    const options = await browser.open('options');
    expect(await options.locator('h1').textContent()).toBe('Teamrituale – Einstellungen');
    expect(await accessibilityViolations(options)).toEqual([]);
  });

  it('refuses invalid input with a German message', async () => {
    const options = await browser.open('options');
    await options.getByLabel('Dauer der Fokuszeit (Minuten)').fill('181');
    await options.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect
      .poll(() => options.locator('#focusMinutes-error').textContent())
      .toBe('Bitte einen Wert von 1 bis 180 eingeben.');
    expect(await readStorage(browser, 'preferences')).toBeUndefined();
  });

  it('after a browser restart, a phase that ended meanwhile is recorded at its deadline, not announced', async () => {
    const deadline = Date.now() - 2 * 3_600_000;
    const timer = {
      phase: 'focus',
      run: { startedAt: deadline - 25 * 60_000, durationMs: 25 * 60_000, pausedAt: null, pausedMs: 0 },
      focusesInCycle: 0,
      label: 'Akte',
    };
    await writeStorage(browser, { focusTimer: timer });
    await browser.close({ keepProfile: true });
    browser = await launchExtension('de-DE', { profile: browser.profile });
    await expect
      .poll(() => readStorage(browser, 'focusRecords'), { timeout: 10_000 })
      // The first test of this block stopped a focus early; that record stays beside this one.
      .toContainEqual({ endedAt: deadline, focusedMs: 25 * 60_000, completed: true, label: 'Akte' });
    expect(await readStorage(browser, 'focusTimer')).toMatchObject({ phase: 'shortBreak', run: null });
    const worker = await browser.worker();
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
    const popup = await browser.open('popup');
    expect(await popup.locator('h1').textContent()).toBe('Bereit: Kurze Pause');
  });
});
