import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type ExtensionBrowser, launchExtension, writeStorage } from './extension-browser';

export interface Member {
  name: string;
  browser: ExtensionBrowser;
  /** The side panel page, opened as a tab. */
  panel: Page;
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
  await a.getByLabel('Name des Teams').fill(teamName);
  await a.locator('#createName').fill('Anna');
  await a.getByRole('button', { name: 'Team anlegen' }).click();
  await expect.poll(() => a.locator('h1').textContent()).toBe(teamName);
  await a.getByRole('tab', { name: 'Einladen' }).click();
  const link = await a.locator('#invite-edit').inputValue();
  const members: Member[] = [{ name: 'Anna', browser: anna, panel: a }];
  for (const [browser, name] of [
    [ben, 'Ben'],
    [cem, 'Cem'],
  ] as const) {
    const panel = await browser.open('sidepanel');
    await panel.getByLabel('Invite link').fill(link);
    await panel.locator('#joinName').fill(name);
    await panel.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => panel.locator('h1').textContent()).toBe(teamName);
    members.push({ name, browser, panel });
  }
  return members;
}
