import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../../shared/i18n/teams';
import '../../styles/base.css';
import '../../styles/team-space.css';
import { TeamSpace } from '../../features/team/team-space';
import { openBoardDb } from '../../lib/board-db';
import { type Host, HostContext } from '../../lib/host';
import { extensionLocalStore } from '../../lib/local-store';
import { AppStoreContext } from '../../stores/app-store';
import { createPageStore } from '../../stores/page-store';
import { TeamsStoreContext, createStoredTeamsStore } from '../../stores/teams-store';

const host: Host = { shell: 'extension', local: extensionLocalStore(browser) };
const store = createPageStore();
const teams = createStoredTeamsStore(host.local, {
  fetch: (url, init) => fetch(url, init),
  crypto,
  now: () => Date.now(),
  allowedServers: () => store.getState().policy.policy.allowedServers,
});

// Opened from an invite link: `sidepanel.html#join=<link>` (the background sends links here).
const joinLink = new URLSearchParams(location.hash.slice(1)).get('join');
history.replaceState(null, '', location.pathname);

render(
  <HostContext.Provider value={host}>
    <AppStoreContext.Provider value={store}>
      <TeamsStoreContext.Provider value={teams}>
        <TeamSpace boardDb={openBoardDb(indexedDB)} joinLink={joinLink} />
      </TeamsStoreContext.Provider>
    </AppStoreContext.Provider>
  </HostContext.Provider>,
  document.getElementById('app')!,
);
