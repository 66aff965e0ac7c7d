// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';

/** The team's sections under "Team" (the second row of tabs), in both languages. */
const UNDER_TEAM = new Set([
  'Offene Punkte',
  'Open items',
  'Mitglieder',
  'Members',
  'Einladen',
  'Invite',
  'Einstellungen',
  'Settings',
]);

/** Opens a section of the team screen by its tab's name, through "Team" where it is one of those. */
export async function openTab(page: Page, name: string): Promise<void> {
  if (UNDER_TEAM.has(name)) await page.getByRole('tab', { name: 'Team', exact: true }).click();
  await page.getByRole('tab', { name, exact: true }).click();
}
