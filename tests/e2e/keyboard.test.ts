// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eTeam } from '../support/e2e-team';
import { keyboardUser } from '../support/keyboard';
import { joinTeamIn } from '../support/team';

/**
 * WCAG 2.1.1 (keyboard), 2.1.2 (no trap), 2.4.3 (focus order), 2.4.7 (focus visible), 2.4.11
 * (focus not obscured), 2.5.7 (no dragging needed): Anna, a unit lead who uses no mouse, creates her
 * team, runs a whole stand-up and a whole retro with Tab, the arrow keys, Enter, Space and typing
 * alone. Ben (in another browser, by mouse) is the rest of her team.
 */
const team = e2eTeam({ extension: ['de-DE', 'en-US'] });
const TEAM = 'Referat Z 3';
let panel: Page;

describe('a whole stand-up and a whole retro by keyboard alone', () => {
  it('runs the stand-up', async () => {
    const [anna, ben] = team.extension;
    panel = await anna.open('sidepanel');
    await panel.bringToFront();
    const keys = keyboardUser(panel);
    await keys.type(panel.getByLabel('Name des Teams'), TEAM);
    await keys.type(panel.getByLabel('Ihr Name (wie das Team ihn sieht)'), 'Anna');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('h1').textContent(), { timeout: 15_000 }).toBe(TEAM);

    // Ben joins with the invite link, read from the invite tab (the reading is not the point here).
    const tabs = panel.getByRole('tablist').first();
    await keys.openTab(tabs, 'Team');
    await keys.openTab(panel.getByRole('tablist').nth(1), 'Einladen');
    const link = await panel.locator('#invite-edit').inputValue();
    await joinTeamIn(await ben.open('sidepanel'), link, 'Ben', TEAM);
    await keys.openTab(panel.getByRole('tablist').nth(1), 'Mitglieder');
    await expect.poll(() => panel.getByText('2 von 2 jetzt da').count(), { timeout: 15_000 }).toBe(1);

    await keys.openTab(tabs, 'Stand-up');
    await keys.press(panel.getByRole('button', { name: 'Stand-up starten' }));
    const speaker = panel.getByTestId('current-speaker');
    await speaker.waitFor();
    const first = await speaker.textContent();
    // A blocker for the first speaker, typed and sent with Enter.
    await keys.type(panel.getByLabel(`Hindernis von ${first}`), 'Zugang zum Laufwerk fehlt');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('#blocker').inputValue()).toBe('');
    // Next speaker, then everyone has spoken.
    await keys.press(panel.getByRole('button', { name: 'Weiter', exact: true }));
    await expect.poll(() => speaker.textContent()).not.toBe(first);
    await keys.press(panel.getByRole('button', { name: 'Weiter', exact: true }), 'Space');
    await expect.poll(() => speaker.textContent()).toContain('Alle waren dran.');
    await keys.press(panel.getByRole('button', { name: 'Stand-up beenden' }));
    const summary = panel.getByTestId('summary');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain('Zugang zum Laufwerk fehlt');
    expect(keys.problems).toEqual([]);
  }, 120_000);

  it('runs the retro, from creating it to the summary', async () => {
    const [anna] = team.extension;
    const keys = keyboardUser(panel);
    await panel.bringToFront();
    await keys.openTab(panel.getByRole('tablist').first(), 'Retros');
    await keys.type(panel.getByLabel('Titel'), 'Retro Dezember');
    const opened = anna.context.waitForEvent('page');
    await keys.press(panel.getByRole('button', { name: 'Retro anlegen und Board öffnen' }));
    const board = await opened;
    await board.setViewportSize({ width: 1280, height: 900 });
    // The tab in front, as it is for a person who just opened it.
    await board.bringToFront();
    await expect.poll(() => board.locator('h1').textContent(), { timeout: 15_000 }).toBe('Retro Dezember');
    const onBoard = keyboardUser(board);
    const heading = board.locator('#phase-heading');
    const next = async (phase: RegExp) => {
      await onBoard.press(board.getByRole('button', { name: /^Weiter: / }));
      await expect.poll(() => heading.textContent()).toMatch(phase);
    };

    await next(/Rückblick/);
    await next(/Schreiben/);
    await onBoard.press(board.getByRole('button', { name: 'Timer starten' }));
    const field = board.getByLabel(/^Neue Karte für/).first();
    await onBoard.type(field, 'Drucker im Flur fällt oft aus');
    await board.keyboard.press('Enter');
    await board.keyboard.type('Vertretungsplan fehlte');
    await board.keyboard.press('Enter');
    await next(/Aufdecken/);
    await expect.poll(() => board.locator('.retro-card').count()).toBe(2);

    await next(/Gruppieren/);
    // Without dragging: the card's "Move …" menu makes a group and moves the other card into it.
    await onBoard.press(board.getByRole('button', { name: '„Drucker im Flur fällt oft aus“ verschieben nach' }));
    await onBoard.press(board.getByRole('button', { name: 'Neue Gruppe' }));
    await expect.poll(() => board.locator('.group').count()).toBe(1);
    await onBoard.type(board.getByLabel('Name der Gruppe'), 'Ausstattung');
    await onBoard.press(board.getByRole('button', { name: '„Vertretungsplan fehlte“ verschieben nach' }));
    await onBoard.press(board.getByRole('button', { name: 'Gruppe: Ausstattung' }));
    await expect.poll(() => board.locator('.group .retro-card').count()).toBe(2);

    await next(/Abstimmen/);
    await onBoard.press(board.getByRole('button', { name: 'Stimme geben: Ausstattung' }));
    await board.keyboard.press('Enter');
    await expect
      .poll(() => board.getByTestId('votes-left').textContent())
      .toMatch(/Sie haben noch \d von \d Stimmen\./);

    await next(/Besprechen/);
    await expect.poll(() => board.getByTestId('current-topic').textContent()).toBe('Ausstattung');
    await next(/Maßnahmen/);
    await onBoard.type(board.getByLabel('Maßnahme', { exact: true }), 'Ersatzdrucker beantragen');
    await onBoard.press(board.getByRole('button', { name: 'Maßnahme hinzufügen' }));
    await expect.poll(() => board.getByText('Ersatzdrucker beantragen').count()).toBeGreaterThan(0);
    await next(/Abschluss/);
    await expect.poll(() => board.getByTestId('retro-summary').textContent()).toContain('Ersatzdrucker beantragen');
    expect(onBoard.problems).toEqual([]);
    expect(keys.problems).toEqual([]);
  }, 120_000);
});
