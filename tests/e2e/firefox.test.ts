// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, TargetType } from 'puppeteer-core';
import { type FirefoxBrowser, firefoxAccessibility, launchFirefox, startFirefox } from '../support/firefox';
import { findOverflow } from '../support/reflow';
import { type DevServer, startWranglerDev } from '../support/wrangler-dev';

/** What the tests call of Firefox's extension API (`browser`, MV2) inside extension pages. */
interface FirefoxApi {
  storage: typeof chrome.storage;
  browserAction: { getBadgeText: (details: object) => Promise<string> };
  notifications: { getAll: () => Promise<Record<string, unknown>> };
}

/**
 * The Firefox build in Debian's Firefox ESR, as agencies run it: the popup in both languages and
 * the sidebar at Firefox's default width of 252 px, where nothing may scroll sideways.
 */
describe('in Firefox ESR', () => {
  let server: DevServer;
  const browsers: FirefoxBrowser[] = [];
  let web: Browser | undefined;
  /** Anna's sidebar, with the team open once the second test has created it. */
  let panel: Page;
  beforeAll(async () => {
    server = await startWranglerDev();
  });
  afterAll(async () => {
    await Promise.all([...browsers.map((browser) => browser.close()), web?.close()]);
    await server?.stop();
  });

  it('asks for Firefox ESR 140 or later, the oldest ESR in Debian', async () => {
    const manifest = JSON.parse(await readFile('.output/firefox-mv2/manifest.json', 'utf8')) as {
      browser_specific_settings: { gecko: { strict_min_version: string } };
    };
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  });

  it('runs the focus timer from the popup, accessible in German and English', async () => {
    for (const [locale, ready, start, running] of [
      ['de-DE', 'Bereit: Fokuszeit', 'Fokuszeit starten', 'Fokuszeit läuft'],
      ['en-US', 'Ready: Focus', 'Start focus', 'Focus running'],
    ] as const) {
      const firefox = await launchFirefox(locale);
      browsers.push(firefox);
      const popup = await firefox.open('popup', 320);
      expect(await popup.$eval('h1', (h1) => h1.textContent)).toBe(ready);
      expect(await firefoxAccessibility(popup)).toEqual([]);
      await popup.locator(`::-p-aria([name="${start}"][role="button"])`).click();
      await popup.waitForFunction((text) => document.querySelector('h1')?.textContent === text, {}, running);
      expect(await firefoxAccessibility(popup)).toEqual([]);
    }
  }, 120_000);

  it('counts down on the toolbar badge and announces the end of a phase with a notification', async () => {
    const firefox = browsers[0]!; // the German one
    const setup = await firefox.open('popup', 320);
    // The first test left a focus phase running: stop it, so that the new length applies.
    await setup.locator('::-p-aria([name="Beenden"][role="button"])').click();
    await setup.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bereit: Fokuszeit', {
      polling: 100,
    });
    // A focus phase of 6 seconds (the other settings fall back to their defaults).
    await setup.evaluate(() =>
      (globalThis as unknown as { browser: FirefoxApi }).browser.storage.local.set({
        preferences: { focus: { focusMinutes: 0.1, shortBreakMinutes: 5, longBreakMinutes: 15, longBreakEvery: 4 } },
      }),
    );
    await setup.close();
    const popup = await firefox.open('popup', 320);
    await popup.waitForFunction(() => document.querySelector('[role="timer"]')?.textContent === '0:06', {
      polling: 100,
    });
    await popup.locator('::-p-aria([name="Fokuszeit starten"][role="button"])').click();
    await popup.waitForFunction(() => document.querySelector('h1')?.textContent === 'Fokuszeit läuft', {
      polling: 100,
    });
    const badge = () =>
      popup.evaluate(() => (globalThis as unknown as { browser: FirefoxApi }).browser.browserAction.getBadgeText({}));
    await expect.poll(badge).toBe('1');
    await popup.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bereit: Kurze Pause', {
      polling: 100,
      timeout: 30_000,
    });
    await expect.poll(badge).toBe('');
    const shown = () =>
      popup.evaluate(async () =>
        Object.keys(await (globalThis as unknown as { browser: FirefoxApi }).browser.notifications.getAll()),
      );
    await expect.poll(shown).toEqual(['focus-phase-end']);
    expect(await popup.$eval('[role="status"]', (status) => status.textContent)).toBe(
      'Fokuszeit ist vorbei. Als Nächstes: Kurze Pause.',
    );
    await popup.close();
  }, 90_000);

  it('saves the options and refuses bad input with a German message, keeping what was saved', async () => {
    const options = await browsers[0]!.open('options');
    expect(await firefoxAccessibility(options)).toEqual([]);
    await options.locator('#focusMinutes').fill('500');
    await options.locator('::-p-aria([name="Einstellungen speichern"][role="button"])').click();
    await options.waitForFunction(
      () => document.querySelector('#focusMinutes-error')?.textContent === 'Bitte einen Wert von 1 bis 180 eingeben.',
      { polling: 100 },
    );
    expect(await firefoxAccessibility(options)).toEqual([]);
    await options.locator('#focusMinutes').fill('30');
    await options.locator('::-p-aria([name="Einstellungen speichern"][role="button"])').click();
    await options.waitForFunction(
      () => document.querySelector('[data-testid="settings-status"]')?.textContent === 'Einstellungen gespeichert.',
      { polling: 100 },
    );
    const stored = await options.evaluate(() =>
      (globalThis as unknown as { browser: FirefoxApi }).browser.storage.local.get('preferences'),
    );
    expect(stored).toMatchObject({ preferences: { focus: { focusMinutes: 30 } } });
    await options.close();
  }, 60_000);

  it('creates a team in the sidebar at 252 px and runs a stand-up with a member in the Firefox web app, nothing scrolling sideways', async () => {
    const firefox = browsers[0]!; // the German one
    const first = await firefox.open('sidepanel', 252);
    await first.evaluate(
      (url) =>
        (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({
          preferences: { server: url },
        }),
      server.url,
    );
    await first.close();
    const sidebar = await firefox.open('sidepanel', 252);
    panel = sidebar;
    await sidebar.waitForFunction(() => document.querySelector('#teamName') !== null, { polling: 100 });
    expect(await sidebar.evaluate(findOverflow)).toEqual([]);
    await sidebar.type('#teamName', 'Referat Z 3');
    await sidebar.type('#createName', 'Anna');
    await sidebar.click('form:has(#teamName) button[type="submit"]');
    await sidebar.waitForFunction(() => document.querySelector('[role="tab"]')?.textContent === 'Stand-up', {
      polling: 100,
    });
    expect(await sidebar.evaluate(findOverflow)).toEqual([]);
    expect(await firefoxAccessibility(sidebar)).toEqual([]);

    // Ben joins in the web app in a second Firefox (English); Anna starts the stand-up in the sidebar.
    const tab = (page: Page, name: string) => page.locator(`::-p-aria([name="${name}"][role="tab"])`).click();
    await tab(sidebar, 'Team');
    await tab(sidebar, 'Einladen');
    await sidebar.waitForFunction(() => document.querySelector<HTMLInputElement>('#invite-edit')?.value, {
      polling: 100,
    });
    const link = await sidebar.$eval('#invite-edit', (input) => (input as HTMLInputElement).value);
    // Ben's Firefox without Document Picture-in-Picture, as ESR 140 (it came in Firefox 151).
    web = await startFirefox('en-US', { 'dom.documentpip.enabled': false });
    const ben = await web.newPage();
    await ben.setViewport({ width: 380, height: 900 });
    await ben.goto(link);
    await ben.waitForSelector('#joinName');
    await ben.type('#joinName', 'Ben');
    await ben.locator('::-p-aria([name="Join team"][role="button"])').click();
    await ben.waitForFunction(() => document.querySelector('[role="tab"]')?.textContent === 'Stand-up', {
      polling: 100,
    });
    expect(await ben.evaluate(findOverflow)).toEqual([]);
    expect(await firefoxAccessibility(ben)).toEqual([]);

    await tab(sidebar, 'Stand-up');
    const speaker = (page: Page) =>
      page.evaluate(() => document.querySelector('[data-testid="current-speaker"]')?.textContent ?? null);
    await sidebar.waitForFunction(() => document.body.textContent?.includes('Ben'), { polling: 100 });
    await sidebar.locator('::-p-aria([name="Stand-up starten"][role="button"])').click();
    await sidebar.waitForFunction(() => document.querySelector('[data-testid="current-speaker"]'), { polling: 100 });
    const opening = await speaker(sidebar);
    expect(['Anna', 'Ben']).toContain(opening);
    await ben.waitForFunction(
      (name) => document.querySelector('[data-testid="current-speaker"]')?.textContent === name,
      { polling: 100 },
      opening,
    );
    await sidebar.locator('::-p-aria([name="Weiter"][role="button"])').click();
    const second = opening === 'Anna' ? 'Ben' : 'Anna';
    await ben.waitForFunction(
      (name) => document.querySelector('[data-testid="current-speaker"]')?.textContent === name,
      { polling: 100 },
      second,
    );
    expect(await sidebar.evaluate(findOverflow)).toEqual([]);
    expect(await firefoxAccessibility(sidebar)).toEqual([]);
    expect(await firefoxAccessibility(ben)).toEqual([]);
    // Without Document Picture-in-Picture, floating opens a small window of its own, which says that
    // it does not stay on top, and follows the stand-up.
    expect(await ben.evaluate(() => document.querySelector('#float-hint')?.textContent)).toContain(
      'cannot keep a window above the others',
    );
    const known = new Set(web.targets());
    const floatTarget = web.waitForTarget((target) => target.type() === TargetType.PAGE && !known.has(target));
    await ben.locator('::-p-aria([name="Float over other windows"][role="button"])').click();
    const float = (await (await floatTarget).page())!;
    await float.waitForFunction(
      (name) => document.querySelector('[data-testid="floating-speaker"]')?.textContent === name,
      { polling: 100 },
      second,
    );
    expect(await float.evaluate(() => document.querySelector('.floating__hint')?.textContent)).toContain(
      'cannot keep a window above the others',
    );
    expect(await firefoxAccessibility(float)).toEqual([]);
    // By keyboard. (Puppeteer refuses to click these nodes: they were made by the opener's
    // document, so its `instanceof Element` check in the popup fails; a person's click works.)
    await float.$eval('.floating__controls .button--primary', (button) => (button as HTMLElement).focus());
    await float.keyboard.press('Enter');
    await sidebar.waitForFunction(
      () =>
        document.querySelector('[data-testid="current-speaker"]')?.textContent !== 'Anna' &&
        document.querySelector('[data-testid="current-speaker"]')?.textContent !== 'Ben',
      { polling: 100 },
    );
    // Firefox 151 and later have Document Picture-in-Picture: from the sidebar, the stand-up floats
    // above other windows, without the note. (Its window is no WebDriver target: read through the
    // sidebar, which owns it.)
    await sidebar.locator('::-p-aria([name="Über anderen Fenstern einblenden"][role="button"])').click();
    const pip = () =>
      sidebar.evaluate(() => {
        const floating = (window as unknown as { documentPictureInPicture: { window: Window | null } })
          .documentPictureInPicture.window?.document;
        return floating
          ? [
              floating.querySelector('[data-testid="floating-speaker"]')?.textContent,
              floating.querySelector('.floating__hint') === null,
              floating.title,
            ]
          : null;
      });
    await sidebar.waitForFunction(
      () => {
        const floating = (window as unknown as { documentPictureInPicture: { window: Window | null } })
          .documentPictureInPicture.window;
        return Boolean(floating?.document.querySelector('[data-testid="floating-speaker"]'));
      },
      { polling: 100 },
    );
    // (Everyone has spoken: Ben pressed Next in his window.)
    expect(await pip()).toEqual(['Alle waren dran.', true, 'Stand-up: Referat Z 3']);
    // The web app in German, and the sidebar in English (the popup had both languages above).
    await ben.select('#web-language', 'de');
    await ben.waitForFunction(() => document.documentElement.lang === 'de', { polling: 100 });
    expect(await firefoxAccessibility(ben)).toEqual([]);
    const english = await browsers[1]!.open('sidepanel', 252);
    await english.waitForFunction(() => document.querySelector('#teamName') !== null, { polling: 100 });
    expect(await english.$eval('label[for="teamName"]', (label) => label.textContent)).toBe('Team name');
    expect(await english.evaluate(findOverflow)).toEqual([]);
    expect(await firefoxAccessibility(english)).toEqual([]);
    await english.close();
  }, 150_000);

  it('opens a retro board from the sidebar in a wide tab', async () => {
    const firefox = browsers[0]!;
    const sidebar = panel;
    await sidebar.locator('::-p-aria([name="Retros"][role="tab"])').click();
    await sidebar.locator('#retro-title').fill('Retro November');
    await sidebar.locator('::-p-aria([name="Retro anlegen und Board öffnen"][role="button"])').click();
    // The tab the extension opens is out of Puppeteer's sight: open the board by its listed link.
    const link = await sidebar
      .locator('::-p-aria([name="Board öffnen: Retro November"][role="link"])')
      .map((anchor) => (anchor as HTMLAnchorElement).href)
      .wait();
    const board = await firefox.open(link.slice(link.indexOf('/retro.html') + 1), 1280);
    await board.waitForFunction(() => document.querySelector('h1')?.textContent === 'Retro November', {
      polling: 100,
    });
    await board.waitForFunction(() => document.body.textContent?.includes('Phase 1 von 9'), { polling: 100 });
    expect(await board.evaluate(findOverflow)).toEqual([]);
    expect(await firefoxAccessibility(board)).toEqual([]);
  }, 120_000);
});
