// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { browser } from 'wxt/browser';
import { localDate } from '../lib/ids';
import { sendToBackground } from '../lib/runtime-messages';
import { preferencesItem, todayPlanItem } from '../lib/storage';
import { type AppStore, createAppStore } from './app-store';
import { bindStorage } from './bind-storage';

/**
 * Chrome's side panel, Firefox's sidebar, or a tab with the same page. Both panel APIs need the
 * click's user gesture, so nothing slow may run before them: the window id is read in advance.
 */
function sidePanelOpener(): () => Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open: (options: { windowId: number }) => Promise<void> };
    sidebarAction?: { open: () => Promise<void> };
  };
  let windowId: number | undefined;
  void browser.windows
    .getCurrent()
    .then((current) => (windowId = current.id))
    .catch(() => undefined);
  return async () => {
    try {
      if (api.sidebarAction) return await api.sidebarAction.open();
      if (api.sidePanel && windowId !== undefined) return await api.sidePanel.open({ windowId });
    } catch {
      // no side panel here: fall through to a tab
    }
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  };
}

/** The store of an extension page, wired to the background and kept in step with storage. */
export function createPageStore(): AppStore {
  const store = pageStore();
  void bindStorage(store);
  return store;
}

/**
 * The same, once the stored state has been read (one storage read, a few milliseconds), so that a
 * page rendered then shows its real state in its first paint rather than a shell that fills in. If
 * storage cannot be read, the store is given as it is, still loading, as `createPageStore` would.
 */
export async function createLoadedPageStore(): Promise<AppStore> {
  const store = pageStore();
  await bindStorage(store).catch(() => undefined);
  return store;
}

function pageStore(): AppStore {
  return createAppStore({
    sendToBackground,
    writePreferences: (value) => preferencesItem.setValue(value),
    writeTodayPlan: (items) => todayPlanItem.setValue({ date: localDate(Date.now()), items }),
    notify: (title, message) =>
      void browser.notifications
        .create({ type: 'basic', iconUrl: browser.runtime.getURL('/icons/128.png'), title, message })
        .catch(() => undefined),
    openSidePanel: sidePanelOpener(),
    requestServerAccess: (server) =>
      browser.permissions.request({ origins: [`${new URL(server).origin}/*`] }).catch(() => false),
  });
}
