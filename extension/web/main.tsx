// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { TeamSpacePage } from '../app/team-space-page';
import { NO_FIRST_TEAM, openActiveTeam } from '../base/use-open-team';
import { openBoardDb } from '../lib/board-db';
import { TeamsStoreContext, createStoredTeamsStore } from '../stores/teams-store';
import { renderWebPage, webHost, webServer } from './web-shell';

const teams = createStoredTeamsStore(webHost.local, {
  onlyServer: webServer,
  fetch: (url, init) => fetch(url, init),
  crypto,
  now: () => Date.now(),
});

// Opened as an invite link (`/join/<board>#<secret>`, perhaps marked `?in=browser` by the
// extension's offer): the join form takes the link, and the address bar loses the secret at once
// (screens get shared in meetings).
const joinLink = location.pathname.startsWith('/join/')
  ? `${location.origin}${location.pathname}${location.hash}`
  : null;
if (joinLink) history.replaceState(null, '', '/');

// The team open last time is opened before the first render, which shows it; it syncs after.
const boardDb = openBoardDb(indexedDB);
renderWebPage(
  (joinLink ? Promise.resolve(NO_FIRST_TEAM) : openActiveTeam(teams, boardDb)).then((firstTeam) => (
    <TeamsStoreContext.Provider value={teams}>
      <TeamSpacePage boardDb={boardDb} firstTeam={firstTeam} joinLink={joinLink} />
    </TeamsStoreContext.Provider>
  )),
);
