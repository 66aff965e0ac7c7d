// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { renderExtensionPage } from '../../app/extension-shell';
import { TeamSpacePage } from '../../app/team-space-page';
import { NO_FIRST_TEAM, openActiveTeam } from '../../base/use-open-team';
import { openBoardDb, preloadingBoardDb } from '../../lib/board-db';
import { TeamsStoreContext, createStoredTeamsStore, readActiveTeam } from '../../stores/teams-store';

// Opened from an invite link: `sidepanel.html#join=<link>` (the background sends links here).
const joinLink = new URLSearchParams(location.hash.slice(1)).get('join');
history.replaceState(null, '', location.pathname);

renderExtensionPage(async ({ host, store }) => {
  const teams = createStoredTeamsStore(host.local, {
    fetch: (url, init) => fetch(url, init),
    crypto,
    now: () => Date.now(),
    allowedServers: () => store.getState().policy.policy.allowedServers,
  });
  // The team open last time: its local copy is read at once, beside everything else, and the team
  // is opened from it before the first render, which shows it; it syncs after.
  const boardDb = preloadingBoardDb(
    openBoardDb(indexedDB),
    joinLink ? Promise.resolve(null) : readActiveTeam(host.local),
  );
  const firstTeam = joinLink ? NO_FIRST_TEAM : await openActiveTeam(teams, boardDb);
  return (
    <TeamsStoreContext.Provider value={teams}>
      <TeamSpacePage boardDb={boardDb} firstTeam={firstTeam} joinLink={joinLink} />
    </TeamsStoreContext.Provider>
  );
});
