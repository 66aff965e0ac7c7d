// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { e2eTeam } from '../support/e2e-team';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, accessibilityViolations } from '../support/extension-browser';
import { type WebBrowser } from '../support/web-browser';
import type { DevServer } from '../support/wrangler-dev';
import { openTab } from '../support/tabs';

/**
 * One member in the extension (Anna, German browser), one in the web app the worker serves (Wei,
 * English browser, no extension), in the same team, stand-up and retro, through `wrangler dev`.
 */
let server: DevServer;
let anna: ExtensionBrowser;
let wei: WebBrowser;
let link: string;
const pages: Record<'anna' | 'wei', Page> = {} as never;
const boards: Record<'anna' | 'wei', Page> = {} as never;

// The operator names where barriers are reported (§ 7 BITV 2.0); the web app links to it.
const BARRIERS = 'https://intranet.behoerde.example/barriere-melden';
const team = e2eTeam({ extension: ['de-DE'], web: ['en-US'], vars: { ACCESSIBILITY_CONTACT: BARRIERS } });
beforeAll(() => {
  ({
    server,
    extension: [anna],
    web: [wei],
  } = team);
});

async function expectAccessible(page: Page, view: string) {
  expect(await accessibilityViolations(page), view).toEqual([]);
}

/** The footer's "Privacy notice": no operator's own, so the built-in one, in both languages, accessible. */
async function readsThePrivacyNotice(w: Page) {
  const link = w.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' });
  expect(await link.getAttribute('href')).toBe('/privacy.html');
  const opened = w.context().waitForEvent('page');
  await link.click();
  const notice = await opened;
  await notice.waitForLoadState();
  expect(await notice.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
    'Datenschutzhinweise zu Teamrituale',
    'Privacy notice for Team Rituals',
  ]);
  expect(await notice.locator('section[lang="en"] h3').count()).toBeGreaterThan(4);
  await expectAccessible(notice, 'web app: privacy notice');
  await notice.close();
}

const speakerOf = (page: Page) => page.getByTestId('current-speaker').textContent();

describe('the web app beside the extension', () => {
  it('lets a member without the extension join by opening the invite link', async () => {
    const a = (pages.anna = await anna.open('sidepanel'));
    await a.getByLabel('Name des Teams').fill('Referat Z 3');
    await a.locator('#createName').fill('Anna');
    await a.getByRole('button', { name: 'Team anlegen' }).click();
    await expect.poll(() => a.locator('h1').textContent()).toBe('Referat Z 3');
    await openTab(a, 'Einladen');
    link = await a.locator('#invite-edit').inputValue();
    await a.getByRole('tab', { name: 'Stand-up' }).click();

    const w = (pages.wei = await wei.newPage());
    const response = await w.goto(link);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await w.locator('main[aria-busy="false"]').waitFor();
    // The secret left the address bar at once; the join form has the link.
    expect(w.url()).toBe(`${server.url}/`);
    await expect.poll(() => w.getByLabel('Invite link', { exact: true }).inputValue()).toBe(link);
    await expectAccessible(w, 'web app: join (en)');
    expect(await w.getByRole('link', { name: 'Report a barrier' }).getAttribute('href')).toBe(BARRIERS);
    await w.locator('#joinName').fill('Wei');
    await w.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => w.locator('h1').textContent()).toBe('Referat Z 3');
    await expect.poll(() => w.locator('.sync-status').textContent()).toContain('Synced');
    await expectAccessible(w, 'web app: stand-up idle (en)');
    expect(await w.getByRole('link', { name: 'Report a barrier' }).count()).toBe(1);
    await readsThePrivacyNotice(w);
    // The extension follows its own policy, not the server's: none set, no link.
    expect(await a.getByRole('link', { name: 'Barriere melden' }).count()).toBe(0);

    await openTab(a, 'Mitglieder');
    await expect.poll(() => a.getByText('2 von 2 jetzt da').count()).toBe(1);
    await a.getByRole('tab', { name: 'Stand-up' }).click();

    // What needs the extension is absent: no notification opt-in in the web app.
    await openTab(w, 'Settings');
    expect(await w.getByLabel('Tell me when my turn is next', { exact: false }).count()).toBe(0);
    await expectAccessible(w, 'web app: team settings (en)');
    // The language can be chosen; it is kept on this device.
    await w.getByLabel('Language').selectOption('de');
    await expect.poll(() => w.getByRole('tab', { name: 'Mitglieder' }).count()).toBe(1);
    await expectAccessible(w, 'web app: team settings (de)');
    await w.reload();
    await expect.poll(() => w.locator('h1').textContent()).toBe('Referat Z 3');
    await expect.poll(() => w.getByRole('button', { name: 'Alle Teams' }).count()).toBe(1);
    await w.getByLabel('Sprache').selectOption('en');
    await w.getByRole('tab', { name: 'Stand-up' }).click();
  });

  it('runs one stand-up with both members in sync', async () => {
    const { anna: a, wei: w } = pages;
    await a.getByRole('button', { name: 'Stand-up starten' }).click();
    for (const page of [a, w]) await expect.poll(() => page.getByTestId('current-speaker').count()).toBe(1);
    const first = await speakerOf(a);
    expect(['Anna', 'Wei']).toContain(first);
    await expect.poll(() => speakerOf(w)).toBe(first);
    await expectAccessible(w, 'web app: stand-up running (en)');
    // The web member moves the round on; the extension follows.
    await w.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => speakerOf(a)).not.toBe(first);
    await expect.poll(() => speakerOf(w)).toBe(await speakerOf(a));
    await w.getByPlaceholder(/^Blocker of /).fill('Printer queue stuck');
    await w.getByRole('button', { name: 'Add blocker' }).click();
    await expect.poll(() => w.getByPlaceholder(/^Blocker of /).inputValue()).toBe('');
    await a.getByRole('button', { name: 'Stand-up beenden' }).click();
    // The blocker from the web app is in the extension's summary.
    for (const page of [a, w]) await expect.poll(() => page.getByTestId('summary').count()).toBe(1);
    await expect.poll(() => a.getByTestId('summary').textContent()).toContain('Printer queue stuck');
    await expectAccessible(w, 'web app: stand-up summary (en)');
  });

  it('takes part in check-ins from the web app: a mood poll and a health check', async () => {
    const { anna: a, wei: w } = pages;
    await a.getByRole('tab', { name: 'Check-in' }).click();
    await w.getByRole('tab', { name: 'Check-in' }).click();
    await a.getByRole('button', { name: 'Stimmungsbild starten' }).click();
    await w.getByRole('radio', { name: 'Sunny', exact: true }).check();
    await w.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => a.getByTestId('pulse-results').textContent()).toBe('1 Antwort');
    await expectAccessible(w, 'web app: mood poll (en)');
    await a.getByRole('button', { name: 'Umfrage beenden' }).click();
    // One answer is too few to show what it was, also after the end.
    await expect
      .poll(() => w.getByTestId('pulse-results').textContent())
      .toBe('Ended with 1 answer: too few to show how many chose what.');

    await a.getByRole('button', { name: 'Gesundheitscheck starten' }).click();
    const scales = w.locator('[aria-labelledby="health-heading"] fieldset.scale');
    await expect.poll(() => scales.count()).toBe(7);
    await expectAccessible(w, 'web app: health round (en)');
    // Answering twice replaces the first answer: the ballot id is kept in this browser.
    for (const value of [2, 4]) {
      for (let index = 0; index < 7; index++)
        await scales
          .nth(index)
          .locator('input[type="radio"]')
          .nth(value - 1)
          .check();
      await w.getByRole('button', { name: 'Send anonymously' }).click();
      await expect
        .poll(() => a.getByTestId('health-count').textContent())
        .toBe('Bisher eine Antwort. Ergebnisse gibt es nach dem Abschluss, wenn es mindestens 3 sind.');
    }
  });

  it('holds one retro with the board in an extension tab and a web app tab', async () => {
    const { anna: a, wei: w } = pages;
    await a.getByRole('tab', { name: 'Retros' }).click();
    await a.getByLabel('Titel').fill('Retro November');
    const opened = anna.context.waitForEvent('page');
    await a.getByRole('button', { name: 'Retro anlegen und Board öffnen' }).click();
    boards.anna = await opened;
    await expect.poll(() => boards.anna.locator('h1').textContent(), { timeout: 15_000 }).toBe('Retro November');

    await w.getByRole('tab', { name: 'Retros' }).click();
    const tab = wei.context.waitForEvent('page');
    await w.getByRole('link', { name: 'Open board: Retro November' }).first().click();
    boards.wei = await tab;
    expect(boards.wei.url()).toMatch(new RegExp(`^${server.url}/retro\\.html#team=[0-9a-f]{32}&retro=[0-9a-f]{32}$`));
    await expect.poll(() => boards.wei.locator('h1').textContent(), { timeout: 15_000 }).toBe('Retro November');
    await expectAccessible(boards.wei, 'web app: retro check-in (en)');
    expect(await boards.wei.getByRole('link', { name: 'Report a barrier' }).getAttribute('href')).toBe(BARRIERS);

    const next = async (label: RegExp) => {
      await boards.anna.getByRole('button', { name: /^Weiter: / }).click();
      for (const page of Object.values(boards))
        await expect.poll(() => page.locator('#phase-heading').textContent()).toMatch(label);
    };
    await next(/Rückblick|Review/);
    await next(/Schreiben|Write/);
    const field = boards.wei.getByRole('textbox', { name: /^New card for/ }).first();
    await field.fill('Forms still on paper');
    await field.press('Enter');
    const annaField = boards.anna.getByRole('textbox', { name: /^Neue Karte für/ }).first();
    await annaField.fill('Good handover');
    await annaField.press('Enter');
    await expectAccessible(boards.wei, 'web app: retro write (en)');
    await next(/Aufdecken|Reveal/);
    for (const page of Object.values(boards)) await expect.poll(() => page.locator('.retro-card').count()).toBe(2);
    await expect.poll(() => boards.anna.getByText('Forms still on paper').count()).toBe(1);
    await expectAccessible(boards.wei, 'web app: retro reveal (en)');
  });

  it('in the extension, offers to open an invite link in the browser instead', async () => {
    const page = await anna.context.newPage();
    await page.goto(link).catch(() => undefined);
    await page.waitForURL(`chrome-extension://${anna.extensionId}/sidepanel.html`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Sie haben einen Einladungslink geöffnet' }).count())
      .toBe(1);
    await expectAccessible(page, 'extension: invite offer (de)');
    await page.getByRole('link', { name: 'Stattdessen im Browser öffnen' }).click();
    // The web app opens it, and the extension lets it.
    await page.waitForURL(`${server.url}/`);
    await page.locator('main[aria-busy="false"]').waitFor();
    await expect.poll(() => page.getByLabel('Einladungslink', { exact: true }).inputValue()).toBe(link);
    expect(await page.locator('.web-header').count()).toBe(1);
    await page.close();
  });

  it('broke no Content-Security-Policy rule and asked no other origin for anything', () => {
    expect(wei.problems).toEqual([]);
  });
});
