import { render } from 'preact';
import '../../../shared/i18n/teams';
import '../../styles/base.css';
import '../sidepanel/sidepanel.css';
import './retro.css';
import { openBoardDb } from '../../lib/board-db';
import { parseTeams, teamsItem } from '../../lib/storage';
import { AppStoreContext } from '../../stores/app-store';
import { createPageStore } from '../../stores/page-store';
import { RetroApp } from './app';

const store = createPageStore();
// `retro.html#team=<team board id>&retro=<retro board id>`
const params = new URLSearchParams(location.hash.slice(1));
const teams = teamsItem.getValue().then(parseTeams);

render(
  <AppStoreContext.Provider value={store}>
    <RetroApp
      teamId={params.get('team') ?? ''}
      retroId={params.get('retro') ?? ''}
      teams={teams}
      boardDb={openBoardDb(indexedDB)}
    />
  </AppStoreContext.Provider>,
  document.getElementById('app')!,
);
