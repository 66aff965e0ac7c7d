// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { loadMessages, resolveLocale } from '../../shared/i18n/locale';
import type { StoreApi } from 'zustand/vanilla';
import type { AppStore } from './app-store';

/** Resolves once the store (the app's, the teams') has read its stored state. */
export function whenLoaded<S extends { loaded: boolean }>(store: StoreApi<S>): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().loaded) return resolve();
    const stop = store.subscribe((state) => {
      if (!state.loaded) return;
      stop();
      resolve();
    });
  });
}

/**
 * Loads the page's messages in the language the store's preferences give, so that the first render
 * is in that language (the browser's language is started at once, as the likely one).
 */
export async function loadPageMessages(store: AppStore): Promise<void> {
  const likely = loadMessages(resolveLocale('auto', navigator.languages)).catch(() => undefined);
  await whenLoaded(store);
  await Promise.all([
    likely,
    loadMessages(resolveLocale(store.getState().preferences.language, navigator.languages)),
  ]).catch(() => undefined);
}
