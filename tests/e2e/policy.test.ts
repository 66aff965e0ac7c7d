// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import { extensionId } from '../../scripts/pack-chrome';
import { formatInvite } from '../../shared/sync/invite';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  type ExtensionBrowser,
  accessibilityViolations,
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
  });

  it('has the fixed extension ID that policies name, as `npm run pack:chrome` computes IDs', async () => {
    expect(browser.extensionId).toBe(EXTENSION_ID);
    const { key } = JSON.parse(await readFile('.output/chrome-mv3/manifest.json', 'utf8')) as { key: string };
    expect(extensionId(Buffer.from(key, 'base64'))).toBe(EXTENSION_ID);
  });

  it('applies the example policy live: German, the server locked, statistics deleted, retention capped', async () => {
    const record = { endedAt: Date.now() - 60_000, focusedMs: 1_500_000, completed: true, label: 'Vermerk' };
    await writeStorage(browser, { focusRecords: [record] });
    options = await browser.open('options');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Team Rituals – Settings');
    expect(await options.locator('#server').getAttribute('readonly')).toBeNull();
    await expect.poll(() => options.getByTestId('records-summary').textContent()).toContain('1 completed session');
    // Without a policy, the settings link the privacy notice that ships with the extension.
    expect(await options.getByRole('link', { name: 'Privacy notice' }).getAttribute('href')).toBe('/privacy.html');

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
    // The agency's own privacy notice replaces the built-in one.
    expect(await options.getByRole('link', { name: 'Datenschutzhinweise' }).getAttribute('href')).toBe(
      values.privacyNotice,
    );
    // No statistics: the view says so, and the background deleted those kept.
    await expect.poll(() => options.getByTestId('stats-off').count()).toBe(1);
    await expect.poll(() => readStorage(browser, 'focusRecords')).toEqual([]);
    expect(await accessibilityViolations(options)).toEqual([]);
    // Barriers can be reported from every view, to where the organisation says.
    for (const view of ['popup', 'sidepanel'] as const) {
      const page = await browser.open(view);
      const link = page.getByRole('link', { name: 'Barriere melden' });
      await expect
        .poll(() => link.getAttribute('href'), { timeout: 15_000 })
        .toBe('mailto:barrierefreiheit@behoerde.example');
      expect(await accessibilityViolations(page), view).toEqual([]);
      await page.close();
    }

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
        // Chromium itself drops what its schema refuses (chrome://policy shows it): no message here.
        keepFocusStatistics: 'nein',
        farbe: 'blau',
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
    expect(await options.getByTestId('stats-off').count()).toBe(0);
    // The lock went with its server; the member's own address is back and may be changed.
    expect(await options.locator('h1').textContent()).toBe('Team Rituals – Settings');
    expect(await options.locator('#server').getAttribute('readonly')).toBeNull();
    expect(await options.locator('#language').isDisabled()).toBe(false);
    expect(await accessibilityViolations(options)).toEqual([]);

    await removePolicy(CHROMIUM_POLICY_FILE);
    await expect.poll(() => notes.count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => options.getByTestId('records-summary').count()).toBe(1);
  });
});

/**
 * An agency that hosts the extension itself (docs/rollout.md): `npm run pack:chrome` signs the
 * store build with the agency's key, a web server serves it, and the complete example policy
 * (installation and settings, with the agency's ID and address) makes Chromium install it.
 */
describe('self-hosted and force-installed in Chromium', () => {
  let work: string;
  let web: Server;
  let chromium: ReturnType<typeof spawn> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await removePolicy(CHROMIUM_POLICY_FILE);
    work = await mkdtemp(join(tmpdir(), 'team-rituals-rollout-'));
  });
  afterAll(async () => {
    await removePolicy(CHROMIUM_POLICY_FILE);
    await browser?.close();
    if (chromium && chromium.exitCode === null) {
      const exited = new Promise((done) => chromium!.once('exit', done));
      chromium.kill();
      await exited;
    }
    web?.close();
    // Chromium's helper processes can still be writing into the profile just after the browser
    // exits (ENOTEMPTY seen in CI): the removal is retried until they are done.
    await rm(work, { recursive: true, force: true, maxRetries: 10 });
  });

  it('installs from the agency’s own server by ExtensionSettings and takes its 3rdparty settings', async () => {
    if (!existsSync('.output/chrome-mv3-store/manifest.json')) {
      expect(spawnSync('npx', ['wxt', 'build', '--mode', 'store'], { encoding: 'utf8' }).status).toBe(0);
    }
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = join(work, 'agency.pem');
    await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const served = join(work, 'extension');
    web = createServer((request, response) => {
      const file = join(served, (request.url ?? '/').split('?')[0]!.replace(/^\/extension\//, ''));
      void readFile(file).then(
        (body) => response.end(body),
        () => response.writeHead(404).end(),
      );
    }).listen(0, '127.0.0.1');
    await new Promise((done) => web.once('listening', done));
    const base = `http://127.0.0.1:${(web.address() as { port: number }).port}/extension`;

    const pack = spawnSync('node', ['scripts/pack-chrome.ts', '--key', keyFile, '--url', base, '--out', served], {
      encoding: 'utf8',
    });
    expect(pack.status, pack.stderr).toBe(0);
    const id = /Extension ID: ([a-p]{32})/.exec(pack.stdout)![1]!;
    expect(await readFile(join(served, 'updates.xml'), 'utf8')).toContain(`<app appid='${id}'>`);

    // The documented example, naming the agency's ID and address instead of the project's.
    const example = JSON.parse(
      (await readFile('docs/rollout/chromium-policy.json', 'utf8'))
        .replaceAll(EXTENSION_ID, id)
        .replace('https://rituale.behoerde.example/extension/updates.xml', `${base}/updates.xml`),
    ) as object;
    // Chromium keeps DevTools away from extensions installed by policy unless allowed: the test's
    // own addition, so that it can look at the extension.
    await writePolicy(CHROMIUM_POLICY_FILE, JSON.stringify({ ...example, DeveloperToolsAvailability: 1 }));

    const profile = join(work, 'profile');
    // Launched by hand: an extension installed by policy needs the browser's own background
    // downloads, which the test flags otherwise turn off.
    const flags = CHROMIUM_FLAGS.filter((flag) => flag !== '--disable-background-networking');
    chromium = spawn(
      CHROMIUM_PATH,
      [
        ...flags,
        '--headless',
        '--lang=en-US',
        '--remote-debugging-port=0',
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      { stdio: 'ignore' },
    );
    await expect.poll(() => existsSync(join(profile, 'DevToolsActivePort')), { timeout: 30_000 }).toBe(true);
    const [port] = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n');
    const devtools = `http://127.0.0.1:${port}`;
    const workers = async () =>
      ((await (await fetch(`${devtools}/json/list`)).json()) as { type: string; url: string }[])
        .filter((target) => target.type === 'service_worker')
        .map((target) => target.url);
    await expect.poll(workers, { timeout: 60_000 }).toContain(`chrome-extension://${id}/background.js`);
    browser = await playwright.connectOverCDP(devtools);
    const options = await browser.contexts()[0]!.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect
      .poll(() => options.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('Teamrituale – Einstellungen');
    expect(await options.locator('#server').inputValue()).toBe('https://rituale.behoerde.example');
    expect(await options.locator('#server').getAttribute('readonly')).not.toBeNull();
    expect(await options.locator('.notice--error').count()).toBe(0);
  }, 120_000);
});
