// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { OPERATOR_LINK_METAS, type OperatorLinks } from '../../shared/policy';
import { type ComponentChildren, render } from 'preact';
import '../../shared/i18n/teams';
import '../styles/base.css';
import '../styles/team-space.css';
import './web.css';
import { type Host, HostContext } from '../lib/host';
import { AppStoreContext } from '../stores/app-store';
import { loadPageMessages } from '../stores/page-messages';
import { WebFooter, WebHeader } from './web-header';
import { webLocalStore } from './web-local-store';
import { createWebAppStore } from './web-store';

/** The web app's host: this origin's `localStorage`, and this origin as the only sync server. */
export const webHost: Host = { shell: 'web', local: webLocalStore(localStorage, window) };
export const webServer = location.origin;

/**
 * Renders a page of the web app: the header, then the same views the extension shows. The first
 * render waits for the page (the content it gives) and for its messages in the person's language.
 */
export function renderWebPage(page: ComponentChildren | Promise<ComponentChildren>): void {
  // The operator's links, which the server puts into the page (`worker/routes/web.ts`).
  const operator: OperatorLinks = Object.fromEntries(
    Object.entries(OPERATOR_LINK_METAS).map(([key, name]) => [
      key,
      document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined,
    ]),
  );
  const store = createWebAppStore(webHost.local, webServer, operator);
  void Promise.all([page, loadPageMessages(store)]).then(([content]) =>
    render(
      <HostContext.Provider value={webHost}>
        <AppStoreContext.Provider value={store}>
          <WebHeader />
          {content}
          <WebFooter />
        </AppStoreContext.Provider>
      </HostContext.Provider>,
      document.getElementById('app')!,
    ),
  );
}
