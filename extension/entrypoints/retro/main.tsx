import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../../shared/i18n/teams';
import '../../styles/base.css';
import '../../styles/team-space.css';
import '../../styles/retro.css';
import { RetroPage } from '../../features/retro/retro-page';
import { openBoardDb } from '../../lib/board-db';
import { type Host, HostContext } from '../../lib/host';
import { extensionLocalStore } from '../../lib/local-store';
import { AppStoreContext } from '../../stores/app-store';
import { createPageStore } from '../../stores/page-store';
import { readTeams } from '../../stores/teams-store';

const host: Host = { shell: 'extension', local: extensionLocalStore(browser) };
const store = createPageStore();
// `retro.html#team=<team board id>&retro=<retro board id>`
const params = new URLSearchParams(location.hash.slice(1));

render(
  <HostContext.Provider value={host}>
    <AppStoreContext.Provider value={store}>
      <RetroPage
        teamId={params.get('team') ?? ''}
        retroId={params.get('retro') ?? ''}
        teams={readTeams(host.local)}
        boardDb={openBoardDb(indexedDB)}
      />
    </AppStoreContext.Provider>
  </HostContext.Provider>,
  document.getElementById('app')!,
);
