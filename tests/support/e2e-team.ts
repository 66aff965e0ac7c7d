// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchExtension, writeStorage } from './extension-browser';
import { type WebBrowser, launchWebBrowser } from './web-browser';
import { type DevServer, startWranglerDev } from './wrangler-dev';

type Locale = 'de-DE' | 'en-US';

/** A test file's server and members, ready once `beforeAll` has run. */
export interface E2eTeam<E extends readonly Locale[], W extends readonly Locale[]> {
  server: DevServer;
  /** Chromium with the extension, set to the server, one per locale asked for, in order. */
  extension: { [K in keyof E]: ExtensionBrowser };
  /** Plain Chromium for the web app, one per locale asked for, in order. */
  web: { [K in keyof W]: WebBrowser };
}

/**
 * Starts the real worker under wrangler dev and the file's members once for the file (the
 * browsers launch while the server starts), and closes them all after its last test.
 */
export function e2eTeam<const E extends readonly Locale[] = [], const W extends readonly Locale[] = []>(
  members: { extension?: E; web?: W; vars?: Record<string, string> } = {},
): E2eTeam<E, W> {
  // Filled by `beforeAll`, in the order of `members`.
  const team = {
    server: undefined as never as DevServer,
    extension: [] as ExtensionBrowser[],
    web: [] as WebBrowser[],
  };
  beforeAll(async () => {
    // Whatever started is kept in `team`, so that `afterAll` closes it even if something else failed.
    const settle = async <T>(starting: Promise<T>[], keep: (started: T) => void) => {
      const results = await Promise.allSettled(starting);
      for (const result of results) if (result.status === 'fulfilled') keep(result.value);
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    };
    const extension: ExtensionBrowser[] = (team.extension = []);
    const launching = settle(
      (members.extension ?? []).map((locale) => launchExtension(locale)),
      (member) => extension.push(member),
    );
    await Promise.all([launching, startWranglerDev({ vars: members.vars }).then((server) => (team.server = server))]);
    await settle(
      (members.web ?? []).map((locale) => launchWebBrowser(locale, team.server.url)),
      (member) => team.web.push(member),
    );
    await Promise.all(extension.map((member) => writeStorage(member, { preferences: { server: team.server.url } })));
  });
  afterAll(async () => {
    await Promise.all([...team.extension, ...team.web].map((member) => member.close()));
    await team.server?.stop();
  });
  return team as unknown as E2eTeam<E, W>;
}
