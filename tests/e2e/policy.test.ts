import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatInvite } from '../../shared/sync/invite';
import {
  type ExtensionBrowser,
  axeViolations,
  launchExtension,
  readStorage,
  writeStorage,
} from '../support/extension-browser';
import { CHROMIUM_POLICY_FILE, chromiumPolicy, exampleValues, removePolicy, writePolicy } from '../support/policies';

/** The ID docs/rollout.md gives IT; fixed by the manifest's `key`. */
const EXTENSION_ID = 'kmngpgelollnhkfefceablfoldkclkgm';
const MANAGED = 'Von Ihrer Organisation festgelegt';

/**
 * IT's settings in Chromium, as a machine policy file (docs/rollout/chromium-policy.json). The
 * browser reports policy changes while it runs, so everything here applies live. The file is
 * removed again, whatever happens: it would apply to every Chromium on this machine.
 */
describe('managed settings in Chromium', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  beforeAll(async () => {
    await removePolicy(CHROMIUM_POLICY_FILE);
    browser = await launchExtension('en-US');
  });
  afterAll(async () => {
    await removePolicy(CHROMIUM_POLICY_FILE);
    await browser?.close();
  });

  it('has the fixed extension ID that policies name', () => {
    expect(browser.extensionId).toBe(EXTENSION_ID);
  });

  it('applies the example policy live: German, the server locked, statistics deleted, retention capped', async () => {
    const record = { endedAt: Date.now() - 60_000, focusedMs: 1_500_000, completed: true, label: 'Vermerk' };
    await writeStorage(browser, { focusRecords: [record] });
    options = await browser.open('options');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Team Rituals – Settings');
    expect(await options.locator('#server').getAttribute('readonly')).toBeNull();
    await expect.poll(() => options.getByTestId('records-summary').textContent()).toContain('1 completed session');

    await writePolicy(CHROMIUM_POLICY_FILE, await chromiumPolicy());
    // Chromium notices the file within seconds and tells the extension (storage.onChanged).
    await expect
      .poll(() => options.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('Teamrituale – Einstellungen');
    const values = await exampleValues();
    expect(await options.locator('#server').inputValue()).toBe(values.syncServer);
    expect(await options.locator('#server').getAttribute('readonly')).not.toBeNull();
    expect(await options.locator('#language').isDisabled()).toBe(true);
    expect(await options.locator('#language').inputValue()).toBe('de');
    expect(await options.getByText(MANAGED, { exact: true }).count()).toBe(2);
    const notes = options.getByTestId('policy-notes');
    expect(await notes.locator('.notice--error').count()).toBe(0);
    expect(await notes.textContent()).toContain(
      'Teams nur auf diesen Servern: https://rituale.partnerbehoerde.example, https://rituale.behoerde.example',
    );
    expect(await notes.getByRole('link', { name: 'Barriere melden' }).getAttribute('href')).toBe(
      'mailto:barrierefreiheit@behoerde.example',
    );
    // No statistics: the view says so, and the background deleted those kept.
    await expect.poll(() => options.getByTestId('stats-off').count()).toBe(1);
    await expect.poll(() => readStorage(browser, 'focusRecords')).toEqual([]);
    expect(await axeViolations(options)).toEqual([]);

    // Retention: the organisation's default, and no more than its maximum.
    expect(await options.locator('#retention').inputValue()).toBe('');
    expect(await options.locator('#retention-hint').textContent()).toMatch(
      /^Ohne Angabe: 60 Tage\. Höchstens 180 Tage\./,
    );
    await options.locator('#retention').fill('365');
    await options.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect
      .poll(() => options.locator('#retention-error').textContent())
      .toBe('Bitte einen Wert von 1 bis 180 eingeben.');
    await options.locator('#retention').fill('120');
    await options.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toBe('Einstellungen gespeichert.');
    // Saved are the member's own choices, not the organisation's: without the policy they return.
    const own = (await readStorage(browser, 'preferences')) as {
      language: string;
      server: string;
      retentionDays: number;
    };
    expect(own).toMatchObject({ language: 'auto', server: 'http://127.0.0.1:8787', retentionDays: 120 });
  });

  it('refuses to join a team on a server the organisation does not allow', async () => {
    const sidepanel = await browser.open('sidepanel');
    const link = formatInvite({
      server: 'https://rituale.andere.example',
      boardId: 'a'.repeat(32),
      role: 'edit',
      version: 2,
      secret: new Uint8Array(32).fill(7),
      verifyKey: null,
    });
    await sidepanel.locator('#link').fill(link);
    await sidepanel.locator('#joinName').fill('Anna');
    await sidepanel.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await expect
      .poll(() => sidepanel.locator('#link-error').textContent())
      .toBe('Teams auf diesem Synchronisationsserver lässt Ihre Organisation nicht zu.');
    expect(await readStorage(browser, 'teams')).toBeUndefined();
    await sidepanel.close();
  });

  it('names each bad value, uses the default for it, and forgets the policy once it is removed', async () => {
    await writePolicy(
      CHROMIUM_POLICY_FILE,
      await chromiumPolicy({
        ...(await exampleValues()),
        // Types the schema accepts, values the extension must refuse.
        syncServer: 'http://rituale.behoerde.example',
        maxRetentionDays: 5000,
        language: 'fr',
      }),
    );
    const notes = options.getByTestId('policy-notes');
    await expect
      .poll(() => notes.locator('.notice--error').allTextContents(), { timeout: 30_000 })
      .toEqual([
        'The value your organisation set for “syncServer” is invalid, so the default applies. Please tell your IT.',
        'The value your organisation set for “syncServerLocked” is invalid, so the default applies. Please tell your IT.',
        'The value your organisation set for “maxRetentionDays” is invalid, so the default applies. Please tell your IT.',
        'The value your organisation set for “language” is invalid, so the default applies. Please tell your IT.',
      ]);
    // The lock went with its server; the member's own address is back and may be changed.
    expect(await options.locator('h1').textContent()).toBe('Team Rituals – Settings');
    expect(await options.locator('#server').getAttribute('readonly')).toBeNull();
    expect(await options.locator('#language').isDisabled()).toBe(false);
    expect(await axeViolations(options)).toEqual([]);

    await removePolicy(CHROMIUM_POLICY_FILE);
    await expect.poll(() => notes.count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => options.getByTestId('records-summary').count()).toBe(1);
  });
});
