// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';
import { settleAnimations } from './animations';
import { equalAccessViolations } from './equal-access';

/** The Chrome build that `npm run build` writes. */
export const CHROME_BUILD = resolve('.output/chrome-mv3');

/** Debian's Chromium; test tools cannot download a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium as root on a closed network (see DEVELOPERS.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for reading its state the way the extension does. */
  worker: () => Promise<Worker>;
  open: (page: 'popup' | 'options' | 'sidepanel') => Promise<Page>;
  /** The profile folder: pass it to a later launch to restart the same browser. */
  profile: string;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

/** Starts headless Chromium with the built extension (or another `build` of it) loaded, in a fresh profile. */
export async function launchExtension(
  locale: 'de-DE' | 'en-US',
  options: { profile?: string; build?: string } = {},
): Promise<ExtensionBrowser> {
  const build = options.build ?? CHROME_BUILD;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'team-rituals-e2e-')));
  const language = locale.slice(0, 2);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale,
    env: { ...process.env, LANGUAGE: language, LANG: `${locale.replace('-', '_')}.UTF-8` },
    args: [...CHROMIUM_FLAGS, `--lang=${locale}`, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    open: async (name) => {
      const page = await context.newPage();
      if (name === 'popup') await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      await page.locator('main[aria-busy="false"]').waitFor();
      return page;
    },
    profile,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * What two rules engines find on the page: axe-core (WCAG 2.1 A and AA and best practice, in both
 * colour schemes) and IBM's Equal Access engine (WCAG 2.2 A and AA, `./equal-access.ts`).
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const found = await axeViolations(page);
  for (const violation of await equalAccessViolations(page)) found.push(`Equal Access: ${violation}`);
  return found;
}

/** Runs axe-core against WCAG 2.1 A and AA in both colour schemes and returns the violations. */
async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Colours change through a short transition: end it before contrast is measured.
    await settleAnimations(page);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    for (const violation of result.violations) {
      found.push(`${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

/** Reads keys of the extension's local storage through its service worker. */
export async function readStorage(browser: ExtensionBrowser, key: string): Promise<unknown> {
  const worker = await browser.worker();
  return worker.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);
}

export async function writeStorage(browser: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate((items) => chrome.storage.local.set(items), values);
}

/** The toolbar badge as the browser shows it. */
export async function badge(browser: ExtensionBrowser): Promise<{ text: string; color: number[] }> {
  const worker = await browser.worker();
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));
}
