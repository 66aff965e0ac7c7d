import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../styles/base.css';
import './popup.css';
import { sendToBackground } from '../../lib/runtime-messages';
import { preferencesItem } from '../../lib/storage';
import { AppStoreContext, createAppStore } from '../../stores/app-store';
import { bindStorage } from '../../stores/bind-storage';
import { PopupApp } from './app';

const store = createAppStore({ sendToBackground, writePreferences: (value) => preferencesItem.setValue(value) });
void bindStorage(store);

async function start() {
  const commands = await browser.commands.getAll().catch(() => []);
  const shortcut = commands.find((command) => command.name === 'toggle-focus')?.shortcut || null;
  render(
    <AppStoreContext.Provider value={store}>
      <PopupApp shortcut={shortcut} />
    </AppStoreContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
