// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BrowserApi } from './browser-api';

/**
 * Small JSON values kept on this device (the team list, retro drafts, ballot ids). The views get
 * it from their shell: `storage.local` in the extension, `localStorage` in the web app.
 */
export interface LocalStore {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  /** Calls back when another page (or this one) changes the key. */
  watch: (key: string, callback: (value: unknown) => void) => () => void;
}

/** The extension's `storage.local`, under the same keys as its WXT storage items. */
export function extensionLocalStore(browser: BrowserApi): LocalStore {
  const area = browser.storage.local;
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    watch: (key, callback) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local' && key in changes) callback(changes[key]!.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
