// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { renderExtensionPage } from '../../app/extension-shell';
import { TeamSpacePage } from '../../app/team-space-page';
import { openBoardDb, preloadingBoardDb } from '../../lib/board-db';
import { TeamsStoreContext, createStoredTeamsStore, readActiveTeam } from '../../stores/teams-store';

// Opened from an invite link: `sidepanel.html#join=<link>` (the background sends links here).
const joinLink = new URLSearchParams(location.hash.slice(1)).get('join');
history.replaceState(null, '', location.pathname);

renderExtensionPage(({ host, store }) => (
  <TeamsStoreContext.Provider
    value={createStoredTeamsStore(host.local, {
      fetch: (url, init) => fetch(url, init),
      crypto,
      now: () => Date.now(),
      allowedServers: () => store.getState().policy.policy.allowedServers,
    })}
  >
    <TeamSpacePage
      // The team open last time is read from its local copy at once, beside everything else.
      boardDb={preloadingBoardDb(openBoardDb(indexedDB), joinLink ? Promise.resolve(null) : readActiveTeam(host.local))}
      joinLink={joinLink}
    />
  </TeamsStoreContext.Provider>
));
