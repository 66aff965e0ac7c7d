// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../styles/base.css';
import './popup.css';
import { TOGGLE_COMMAND } from '../../features/focus/commands';
import { AppStoreContext } from '../../stores/app-store';
import { createLoadedPageStore } from '../../stores/page-store';
import { PopupApp } from './app';

// Rendered once the stored state and the shortcut are read (together, a few milliseconds): the
// first paint is the popup as it is, in the person's language, not a shell that fills in.
void Promise.all([createLoadedPageStore(), browser.commands.getAll().catch(() => [])]).then(([store, commands]) => {
  store.setState({ shortcut: commands.find((command) => command.name === TOGGLE_COMMAND)?.shortcut || null });
  render(
    <AppStoreContext.Provider value={store}>
      <PopupApp />
    </AppStoreContext.Provider>,
    document.getElementById('app')!,
  );
});
