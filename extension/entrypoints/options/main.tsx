import { render } from 'preact';
import '../../styles/base.css';
import './options.css';
import { sendToBackground } from '../../lib/runtime-messages';
import { preferencesItem } from '../../lib/storage';
import { AppStoreContext, createAppStore } from '../../stores/app-store';
import { bindStorage } from '../../stores/bind-storage';
import { OptionsApp } from './app';

const store = createAppStore({ sendToBackground, writePreferences: (value) => preferencesItem.setValue(value) });
void bindStorage(store);

render(
  <AppStoreContext.Provider value={store}>
    <OptionsApp />
  </AppStoreContext.Provider>,
  document.getElementById('app')!,
);
