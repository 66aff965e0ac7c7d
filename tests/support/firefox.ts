// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EQUAL_ACCESS_ENGINE, equalAccessInPage } from './equal-access';

/** Debian's Firefox ESR (`apt-get install firefox-esr`); `FIREFOX_BINARY` names another. */
const FIREFOX = process.env.FIREFOX_BINARY || '/usr/bin/firefox-esr';
const GECKO_ID = 'team-rituals@team-rituals.example';
/** Fixed, so that tests can address the extension's pages (`extensions.webextensions.uuids`). */
const UUID = '5e7a1c2d-3b4f-4a6e-9c8d-7f0e1d2c3b4a';
export const FIREFOX_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxBrowser {
  browser: Browser;
  /** Opens an extension page (`popup`, `sidepanel`, `retro.html#…`) at the given width. */
  open: (page: string, width?: number) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi with the Firefox build installed as a temporary add-on, its
 * interface in `locale`. With `install: false` the extension is left to a policy.
 */
export async function launchFirefox(
  locale: 'de-DE' | 'en-US',
  options: { install?: boolean; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxBrowser> {
  const browser = await startFirefox(locale, options.prefs);
  if (options.install !== false) await browser.installExtension(resolve('.output/firefox-mv2'));
  const open = async (path: string, width = 380) => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    const url = `${FIREFOX_ORIGIN}/${path.includes('.') ? path : `${path}.html`}`;
    // `goto` to an extension page may never resolve: start it, then wait for the page itself.
    // (Polled by hand: an evaluation that meets the navigation half-way fails, and is retried. An
    // extension that a policy is still installing is not there yet: the page is asked for again.)
    const deadline = Date.now() + 30_000;
    let asked = 0;
    let ready = '';
    for (;;) {
      if (!ready.startsWith(url) && Date.now() - asked > 5_000) {
        asked = Date.now();
        void page.goto(url).catch(() => undefined);
      }
      ready = await page
        .evaluate(() => `${location.href} ${document.readyState} ${document.querySelector('h1') !== null}`)
        .catch(() => '');
      if (ready === `${url} complete true`) break;
      if (Date.now() > deadline) throw new Error(`${url} did not open: ${ready}`);
      await new Promise((done) => setTimeout(done, 100));
    }
    return page;
  };
  return { browser, open, close: () => browser.close() };
}

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * What two rules engines find on a page in Firefox (which has no Playwright here): axe-core's WCAG
 * 2.1 AA and best-practice findings, and the Equal Access engine's WCAG 2.2 AA failures.
 */
export async function firefoxAccessibility(page: Page): Promise<string[]> {
  const found = await firefoxAxe(page);
  await page.evaluate(EQUAL_ACCESS_ENGINE);
  for (const violation of await page.evaluate(equalAccessInPage)) found.push(`Equal Access: ${violation}`);
  return found;
}

async function firefoxAxe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/** Firefox ESR over WebDriver BiDi, its interface in `locale`, without the extension (the web app). */
export function startFirefox(locale: 'de-DE' | 'en-US', prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // moz-extension:// pages may only be opened by a client with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'alerts.useSystemBackend': false,
      'intl.locale.requested': locale,
      'intl.accept_languages': `${locale}, ${locale.slice(0, 2)}`,
      ...prefs,
    },
  });
}
