import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../styles/base.css';
import './popup.css';
import { TOGGLE_COMMAND } from '../../features/focus/commands';
import { sendToBackground } from '../../lib/runtime-messages';
import { preferencesItem } from '../../lib/storage';
import { AppStoreContext, createAppStore } from '../../stores/app-store';
import { bindStorage } from '../../stores/bind-storage';
import { PopupApp } from './app';

const store = createAppStore({ sendToBackground, writePreferences: (value) => preferencesItem.setValue(value) });
void bindStorage(store);
void browser.commands.getAll().then((commands) => {
  store.setState({ shortcut: commands.find((command) => command.name === TOGGLE_COMMAND)?.shortcut || null });
});

render(
  <AppStoreContext.Provider value={store}>
    <PopupApp />
  </AppStoreContext.Provider>,
  document.getElementById('app')!,
);
