// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type ComponentChildren, render } from 'preact';
import { browser } from 'wxt/browser';
import '../../shared/i18n/teams';
import '../styles/base.css';
import '../styles/team-space.css';
import { type Host, HostContext } from '../lib/host';
import { extensionLocalStore } from '../lib/local-store';
import { type AppStore, AppStoreContext } from '../stores/app-store';
import { loadPageMessages } from '../stores/page-messages';
import { createPageStore } from '../stores/page-store';

/** The extension's host: `browser.storage.local`, and any server the member or policy chooses. */
const extensionHost: Host = { shell: 'extension', local: extensionLocalStore(browser) };

/**
 * Renders a team page of the extension (side panel, retro tab), as `renderWebPage` does for the
 * web app: the host and this page's app store around the page, which may read both.
 */
export function renderExtensionPage(
  page: (shell: { host: Host; store: AppStore }) => ComponentChildren | Promise<ComponentChildren>,
): void {
  const store = createPageStore();
  // The page's own work (the team's local copy) starts now; the first render waits for it (the
  // content it gives) and for its messages.
  void Promise.all([page({ host: extensionHost, store }), loadPageMessages(store)]).then(([content]) =>
    render(
      <HostContext.Provider value={extensionHost}>
        <AppStoreContext.Provider value={store}>{content}</AppStoreContext.Provider>
      </HostContext.Provider>,
      document.getElementById('app')!,
    ),
  );
}
