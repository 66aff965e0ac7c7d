// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { e2eTeam } from '../support/e2e-team';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECK } from '../../shared/checkin/deck';
import { accessibilityViolations } from '../support/extension-browser';
import { type Member, teamOfThree } from '../support/team';
import type { DevServer } from '../support/wrangler-dev';

/** Check-in questions and an anonymous health check, three members through the real local worker. */
let server: DevServer;
let members: Member[] = [];

const team = e2eTeam();
beforeAll(() => {
  ({ server } = team);
});
afterAll(async () => {
  await Promise.all(members.map((member) => member.browser.close()));
});

const expectAccessible = async (page: Page, view: string) =>
  expect(await accessibilityViolations(page), view).toEqual([]);

async function answer(page: Page, values: number[]) {
  const fieldsets = page.locator('[aria-labelledby="health-heading"] fieldset.scale');
  for (const [index, value] of values.entries()) {
    await fieldsets
      .nth(index)
      .locator('input[type="radio"]')
      .nth(value - 1)
      .check();
  }
  await page.getByRole('button', { name: /Send anonymously|Anonym senden/ }).click();
}

describe('check-ins and health checks', () => {
  it('shows everyone the same question, each in their own language', async () => {
    members = await teamOfThree(server.url, 'Referat Z 3');
    const [anna, ben] = members as [Member, Member, Member];
    for (const member of members) await member.panel.getByRole('tab', { name: 'Check-in' }).click();
    await expectAccessible(anna.panel, 'check-in (de)');
    await anna.panel.getByLabel('Kategorie', { exact: true }).selectOption('team');
    await anna.panel.getByRole('button', { name: 'Zufällige Frage ziehen' }).click();
    const german = (await anna.panel.getByTestId('checkin-question').textContent())!;
    const question = DECK.find((entry) => entry.de === german);
    expect(question?.category).toBe('team');
    await expect.poll(() => ben.panel.getByTestId('checkin-question').textContent()).toBe(question!.en);
    await expectAccessible(ben.panel, 'check-in with a question (en)');

    // The team adds a question of its own and hides a built-in one; everyone's deck follows.
    await anna.panel.getByText('Unser Fragenstapel (60 Fragen)').click();
    await anna.panel.getByPlaceholder('Eine eigene Frage').fill('Welche Regel hat diese Woche geholfen?');
    await anna.panel.getByRole('button', { name: 'Zum Stapel hinzufügen' }).click();
    await anna.panel.getByLabel(DECK[0]!.de).uncheck();
    await expect.poll(() => ben.panel.getByText('Our question deck (60 questions)').count()).toBe(1);
    await ben.panel.getByText('Our question deck (60 questions)').click();
    expect(await ben.panel.getByLabel(DECK[0]!.en).isChecked()).toBe(false);
    expect(await ben.panel.getByText('Welche Regel hat diese Woche geholfen?').count()).toBe(1);
    await expectAccessible(ben.panel, 'question deck (en)');
  });

  it('goes round everyone who is here, and polls the mood anonymously', async () => {
    const [anna, ben, cem] = members as [Member, Member, Member];
    await anna.panel.getByRole('button', { name: 'Runde mit allen Anwesenden starten' }).click();
    for (const member of members) await expect.poll(() => member.panel.getByTestId('round-speaker').count()).toBe(1);
    await anna.panel.getByLabel('Notizen (optional, für das Team sichtbar)').fill('Kurze Runde heute');
    await expect
      .poll(() => ben.panel.getByLabel('Notes (optional, visible to the team)').inputValue())
      .toBe('Kurze Runde heute');
    const spoke: string[] = [];
    for (let turn = 0; turn < 3; turn++) {
      const speaker = (await ben.panel.getByTestId('round-speaker').textContent())!;
      await expect.poll(() => cem.panel.getByTestId('round-speaker').textContent()).toBe(speaker);
      spoke.push(speaker);
      await anna.panel.getByRole('button', { name: 'Weiter' }).click();
      await expect.poll(() => ben.panel.getByTestId('round-speaker').textContent()).not.toBe(speaker);
    }
    expect(spoke.sort()).toEqual(['Anna', 'Ben', 'Cem']);
    await expect.poll(() => ben.panel.getByTestId('round-speaker').textContent()).toBe('Everyone had their turn.');
    await expectAccessible(ben.panel, 'check-in round (en)');
    await anna.panel.getByRole('button', { name: 'Runde beenden' }).click();

    await anna.panel.getByRole('button', { name: 'Stimmungsbild starten' }).click();
    // While the poll is open, everyone sees only how many answered: never what someone just chose.
    await ben.panel.getByRole('radio', { name: 'Sunny', exact: true }).check();
    await ben.panel.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => anna.panel.getByTestId('pulse-results').textContent()).toBe('1 Antwort');
    await cem.panel.getByRole('radio', { name: 'Rain' }).check();
    await cem.panel.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => ben.panel.getByTestId('pulse-results').textContent()).toBe('2 answers');
    await expectAccessible(anna.panel, 'mood poll (de)');
    await expectAccessible(ben.panel, 'mood poll (en)');
    await anna.panel.getByRole('radio', { name: 'Regen' }).check();
    await anna.panel.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect.poll(() => cem.panel.getByTestId('pulse-results').textContent()).toBe('3 answers');
    // Ended with three answers: now how many chose what.
    await anna.panel.getByRole('button', { name: 'Umfrage beenden' }).click();
    for (const [member, text] of [
      [anna, '3 AntwortenGewitter: 0Regen: 2Bewölkt: 0Heiter: 0Sonnig: 1'],
      [cem, '3 answersThunderstorm: 0Rain: 2Cloudy: 0Partly sunny: 0Sunny: 1'],
    ] as const)
      await expect.poll(() => member.panel.getByTestId('pulse-results').textContent()).toBe(text);
    await expectAccessible(cem.panel, 'mood poll result (en)');
  });

  it('shows health results only once the round is closed with three answers, as aggregates, and keeps the trend', async () => {
    const [anna, ben, cem] = members as [Member, Member, Member];
    await anna.panel.getByRole('button', { name: 'Gesundheitscheck starten' }).click();
    for (const member of members)
      await expect
        .poll(() => member.panel.locator('[aria-labelledby="health-heading"] fieldset.scale').count())
        .toBe(7);
    await expectAccessible(anna.panel, 'health round (de)');
    await expectAccessible(ben.panel, 'health round (en)');

    await answer(ben.panel, [4, 2, 5]);
    await answer(cem.panel, [2, 2, 3]);
    await expect
      .poll(() => anna.panel.getByTestId('health-count').textContent())
      .toBe('Bisher 2 Antworten. Ergebnisse gibt es nach dem Abschluss, wenn es mindestens 3 sind.');
    await answer(anna.panel, [3, 2, 4]);
    // Three answers, but the round is open: still only how many answered.
    await expect
      .poll(() => ben.panel.getByTestId('health-count').textContent())
      .toBe('3 answers so far. Results follow when the round is closed, if there are at least 3.');
    for (const member of members) expect(await member.panel.getByTestId('health-results').count()).toBe(0);
    await expectAccessible(ben.panel, 'health round with answers (en)');

    await anna.panel.getByRole('button', { name: 'Runde abschließen und Ergebnisse zeigen' }).click();
    for (const member of members) await expect.poll(() => member.panel.getByTestId('health-results').count()).toBe(1);
    const results = (await ben.panel.getByTestId('health-results').textContent())!;
    expect(results).toContain(
      'We work well together.Average 3 of 5Answers per value1 – disagree: 02: 13: 14: 15 – agree: 0',
    );
    await expect
      .poll(() => ben.panel.getByRole('img', { name: /Averages per statement over 1 rounds/ }).count())
      .toBe(1);
    expect(await ben.panel.locator('.health-table').last().textContent()).toContain('My workload is manageable.2');
    await expectAccessible(ben.panel, 'health results (en)');
    await expectAccessible(anna.panel, 'health trends (de)');

    // A round with the team's own statement.
    await anna.panel.getByLabel('Aussagen, eine pro Zeile', { exact: false }).fill('Meetings enden pünktlich.');
    await anna.panel.getByRole('button', { name: 'Gesundheitscheck starten' }).click();
    await expect
      .poll(() => ben.panel.locator('[aria-labelledby="health-heading"] legend').allTextContents())
      .toEqual(['Meetings enden pünktlich.']);
  });
});
