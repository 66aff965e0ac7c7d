// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { isInviteInBrowser, parseInvite } from '../../../shared/sync/invite';
import type { BrowserApi } from '../../lib/browser-api';
import { parsePreferences, parseTeams } from '../../lib/records';
import { preferencesItem, teamsItem } from '../../lib/storage';

/** The extension page that handles an opened invite link; the link travels in its fragment. */
export const joinPageUrl = (browser: BrowserApi, link: string) =>
  `${browser.runtime.getURL('/sidepanel.html')}#join=${encodeURIComponent(link)}`;

/**
 * Recognises invite links of our sync servers (the configured one and those of teams joined) when
 * a tab opens one, and shows the extension's join form in that tab instead; the form also offers
 * the web app. The browser reports a tab's URL only for hosts the extension may access: the local
 * server always, others once allowed.
 */
export function listenForInviteLinks(browser: BrowserApi): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    const url = changeInfo.url;
    // A link marked "in the browser" was opened from our own offer to use the web app instead.
    if (!url?.includes('/join/') || isInviteInBrowser(url)) return;
    const invite = parseInvite(url);
    if (!invite.ok) return;
    void (async () => {
      const [preferences, teams] = await Promise.all([preferencesItem.getValue(), teamsItem.getValue()]);
      const servers = new Set([parsePreferences(preferences).server, ...parseTeams(teams).map((team) => team.server)]);
      if (servers.has(invite.value.server)) await browser.tabs.update(tabId, { url: joinPageUrl(browser, url) });
    })();
  });
}
