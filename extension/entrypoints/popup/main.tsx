// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../styles/base.css';
import './popup.css';
import { TOGGLE_COMMAND } from '../../features/focus/commands';
import { AppStoreContext } from '../../stores/app-store';
import { createPageStore } from '../../stores/page-store';
import { PopupApp } from './app';

const store = createPageStore();
void browser.commands.getAll().then((commands) => {
  store.setState({ shortcut: commands.find((command) => command.name === TOGGLE_COMMAND)?.shortcut || null });
});

render(
  <AppStoreContext.Provider value={store}>
    <PopupApp />
  </AppStoreContext.Provider>,
  document.getElementById('app')!,
);
