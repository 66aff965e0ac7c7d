import { render } from 'preact';
import '../../../shared/i18n/teams';
import '../../styles/base.css';
import './sidepanel.css';
import { openBoardDb } from '../../lib/board-db';
import { activeTeamItem, parseTeams, teamsItem } from '../../lib/storage';
import { AppStoreContext } from '../../stores/app-store';
import { createPageStore } from '../../stores/page-store';
import { TeamsStoreContext, createTeamsStore } from '../../stores/teams-store';
import { SidePanelApp } from './app';

const store = createPageStore();
const teams = createTeamsStore({
  writeTeams: (value) => teamsItem.setValue(value),
  writeActive: (value) => activeTeamItem.setValue(value),
  fetch: (url, init) => fetch(url, init),
  crypto,
  now: () => Date.now(),
});
void Promise.all([teamsItem.getValue(), activeTeamItem.getValue()]).then(([records, active]) => {
  const parsed = parseTeams(records);
  teams.setState({
    loaded: true,
    teams: parsed,
    active: parsed.some((team) => team.boardId === active) ? active : null,
  });
});
// Another page (a second side panel, a tab) changed the list.
teamsItem.watch((records) => teams.setState({ teams: parseTeams(records) }));

// Opened from an invite link: `sidepanel.html#join=<link>` (the background sends links here).
const joinLink = new URLSearchParams(location.hash.slice(1)).get('join');
history.replaceState(null, '', location.pathname);

render(
  <AppStoreContext.Provider value={store}>
    <TeamsStoreContext.Provider value={teams}>
      <SidePanelApp boardDb={openBoardDb(indexedDB)} joinLink={joinLink} />
    </TeamsStoreContext.Provider>
  </AppStoreContext.Provider>,
  document.getElementById('app')!,
);
