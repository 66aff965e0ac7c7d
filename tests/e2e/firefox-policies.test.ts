// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { type FirefoxBrowser, firefoxAccessibility, launchFirefox } from '../support/firefox';
import { FIREFOX_POLICY_FILE, exampleValues, firefoxPolicy, removePolicy, writePolicy } from '../support/policies';

/**
 * Firefox ESR under the agency's `policies.json` (docs/rollout.md): the example's settings, bad
 * values named, and the installation from the agency's own server.
 */
describe('Firefox ESR under policies.json', () => {
  const browsers: FirefoxBrowser[] = [];
  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  /** A Firefox started while `policies.json` holds `content`: Firefox reads policies at start only. */
  async function launchWithPolicy(content: string, options?: Parameters<typeof launchFirefox>[1]) {
    await writePolicy(FIREFOX_POLICY_FILE, content);
    try {
      return await launchFirefox('en-US', options);
    } finally {
      await removePolicy(FIREFOX_POLICY_FILE);
    }
  }

  it('obeys the example policies.json: German, the server locked, no statistics', async () => {
    const firefox = await launchWithPolicy(await firefoxPolicy());
    browsers.push(firefox);
    const options = await firefox.open('options');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'Teamrituale – Einstellungen', {
      polling: 100,
    });
    const values = await exampleValues();
    expect(
      await options.$eval('#server', (input) => [
        (input as HTMLInputElement).value,
        (input as HTMLInputElement).readOnly,
      ]),
    ).toEqual([values.syncServer, true]);
    expect(await options.$eval('#language', (select) => (select as HTMLSelectElement).disabled)).toBe(true);
    expect(await options.$$eval('.managed-note', (notes) => notes.map((note) => note.textContent))).toEqual([
      'Von Ihrer Organisation festgelegt',
      'Von Ihrer Organisation festgelegt',
    ]);
    expect(await options.$eval('[data-testid="policy-notes"]', (notes) => notes.textContent)).toContain(
      'Teams nur auf diesen Servern: https://rituale.partnerbehoerde.example, https://rituale.behoerde.example',
    );
    expect(await options.$('[data-testid="stats-off"]')).not.toBeNull();
    expect(await options.$('.notice--error')).toBeNull();
    expect(await firefoxAccessibility(options)).toEqual([]);
    const popup = await firefox.open('popup', 320);
    expect(await popup.$('#stats-heading')).toBeNull();
    await firefox.close();
  }, 90_000);

  it('names bad and unknown values in policies.json and keeps working with the defaults', async () => {
    // Firefox checks no schema: wrong types reach the extension, which must refuse them itself.
    const firefox = await launchWithPolicy(
      await firefoxPolicy({
        syncServer: 'rituale.behoerde.example',
        syncServerLocked: true,
        defaultRetentionDays: 'neunzig',
        keepFocusStatistics: 'nein',
        farbe: 'blau',
      }),
    );
    browsers.push(firefox);
    const options = await firefox.open('options');
    await options.waitForSelector('.notice--error');
    expect(await options.$$eval('.notice--error', (notices) => notices.map((notice) => notice.textContent))).toEqual([
      'Your organisation set “farbe”, which this version does not know. It has no effect. Please tell your IT.',
      ...['syncServer', 'syncServerLocked', 'defaultRetentionDays', 'keepFocusStatistics'].map(
        (key) =>
          `The value your organisation set for “${key}” is invalid, so the default applies. Please tell your IT.`,
      ),
    ]);
    expect(await options.$eval('#server', (input) => (input as HTMLInputElement).readOnly)).toBe(false);
    expect(await options.$('[data-testid="records-summary"]')).not.toBeNull();
    expect(await firefoxAccessibility(options)).toEqual([]);
    const popup = await firefox.open('popup', 320);
    await popup.locator('::-p-aria([name="Start focus"][role="button"])').click();
    await popup.waitForFunction(() => document.querySelector('h1')?.textContent === 'Focus running', { polling: 100 });
    await firefox.close();
  }, 90_000);

  it('installs from the agency’s own server by the example’s ExtensionSettings', async () => {
    const xpi = '.output/team-rituals-0.1.0-firefox-store.zip';
    if (!existsSync(xpi)) expect(spawnSync('npx', ['wxt', 'zip', '-b', 'firefox', '--mode', 'store']).status).toBe(0);
    const web = createServer((request, response) => {
      if (request.url !== '/extension/team-rituals.xpi') return void response.writeHead(404).end();
      void readFile(xpi).then((body) =>
        response.writeHead(200, { 'content-type': 'application/x-xpinstall' }).end(body),
      );
    }).listen(0, '127.0.0.1');
    try {
      await new Promise((done) => web.once('listening', done));
      const url = `http://127.0.0.1:${(web.address() as { port: number }).port}/extension/team-rituals.xpi`;
      const example = (await readFile('docs/rollout/firefox-policies.json', 'utf8')).replace(
        'https://rituale.behoerde.example/extension/team-rituals.xpi',
        url,
      );
      // The test's package is not signed by addons.mozilla.org (docs/rollout.md: unlisted signing);
      // Firefox ESR accepts it unsigned when told so.
      const firefox = await launchWithPolicy(example, {
        install: false,
        prefs: { 'xpinstall.signatures.required': false },
      });
      browsers.push(firefox);
      const options = await firefox.open('options');
      await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'Teamrituale – Einstellungen', {
        polling: 100,
      });
      expect(
        await options.$eval('#server', (input) => [
          (input as HTMLInputElement).value,
          (input as HTMLInputElement).readOnly,
        ]),
      ).toEqual(['https://rituale.behoerde.example', true]);
      await firefox.close();
    } finally {
      web.close();
    }
  }, 90_000);
});
