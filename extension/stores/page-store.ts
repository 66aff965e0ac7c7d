import { sendToBackground } from '../lib/runtime-messages';
import { preferencesItem } from '../lib/storage';
import { type AppStore, createAppStore } from './app-store';
import { bindStorage } from './bind-storage';

/** The store of an extension page, wired to the background and kept in step with storage. */
export function createPageStore(): AppStore {
  const store = createAppStore({ sendToBackground, writePreferences: (value) => preferencesItem.setValue(value) });
  void bindStorage(store);
  return store;
}
