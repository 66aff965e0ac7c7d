// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './extension-browser';

export interface WebBrowser {
  browser: Browser;
  context: BrowserContext;
  /** A new tab that records Content-Security-Policy reports and requests to other origins. */
  newPage: () => Promise<Page>;
  /** What the pages reported: CSP violations and requests that left `origin`. */
  problems: string[];
  close: () => Promise<void>;
}

/** A plain Chromium without the extension, as on an office PC that may not install one. */
export async function launchWebBrowser(locale: 'de-DE' | 'en-US', origin: string): Promise<WebBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--lang=${locale}`],
  });
  const context = await browser.newContext({ locale });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) problems.push(`csp: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith(origin.replace(/^http/, 'ws'))) {
        problems.push(`request: ${url}`);
      }
    });
  };
  context.on('page', watch);
  return {
    browser,
    context,
    newPage: () => context.newPage(),
    problems,
    close: () => browser.close(),
  };
}
