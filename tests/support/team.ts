// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type ExtensionBrowser, launchExtension, writeStorage } from './extension-browser';
import { openTab } from './tabs';

export interface Member {
  name: string;
  browser: ExtensionBrowser;
  /** The side panel page, opened as a tab. */
  panel: Page;
}

/** Creates a team in an open side panel or web app page (either language) and waits for its screen. */
export async function createTeamIn(page: Page, teamName: string, memberName: string): Promise<void> {
  // Creating a team is folded away once there is a team or an invite to join.
  if (!(await page.locator('#teamName').isVisible())) await page.locator('details.disclosure > summary').click();
  await page.locator('#teamName').fill(teamName);
  await page.locator('#createName').fill(memberName);
  await page.locator('form:has(#teamName) button[type="submit"]').click();
  await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(teamName);
}

/** Joins with an invite link in the join form (either language) and waits for the team's screen. */
export async function joinTeamIn(page: Page, link: string, memberName: string, teamName: string): Promise<void> {
  await page.locator('#link').fill(link);
  await page.locator('#joinName').fill(memberName);
  await page.locator('form:has(#joinName) button[type="submit"]').click();
  await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(teamName);
}

/**
 * Three people in their own Chromium with the extension: Anna (German browser) creates a team on
 * `server`; Ben and Cem (English browsers) join by pasting the invite link.
 */
export async function teamOfThree(server: string, teamName: string): Promise<Member[]> {
  const browsers = await Promise.all([launchExtension('de-DE'), launchExtension('en-US'), launchExtension('en-US')]);
  await Promise.all(browsers.map((browser) => writeStorage(browser, { preferences: { server } })));
  const [anna, ben, cem] = browsers;
  const a = await anna.open('sidepanel');
  await createTeamIn(a, teamName, 'Anna');
  await openTab(a, 'Einladen');
  const link = await a.locator('#invite-edit').inputValue();
  const members: Member[] = [{ name: 'Anna', browser: anna, panel: a }];
  for (const [browser, name] of [
    [ben, 'Ben'],
    [cem, 'Cem'],
  ] as const) {
    const panel = await browser.open('sidepanel');
    await joinTeamIn(panel, link, name, teamName);
    members.push({ name, browser, panel });
  }
  return members;
}
