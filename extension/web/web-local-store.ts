// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { LocalStore } from '../lib/local-store';

const PREFIX = 'team-rituals:';

/**
 * The web app's local store: `localStorage` of the server's origin, as JSON. A value that does not
 * parse reads as missing (the caller's validation then falls back), and a full or blocked storage
 * rejects the write so the caller can say so. Other tabs' changes arrive as `storage` events.
 */
export function webLocalStore(storage: Storage, target: EventTarget): LocalStore {
  const watchers = new Map<string, Set<(value: unknown) => void>>();
  const read = (key: string): unknown => {
    const text = storage.getItem(PREFIX + key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  target.addEventListener('storage', (event) => {
    const stored = (event as StorageEvent).key;
    if (!stored?.startsWith(PREFIX)) return;
    const key = stored.slice(PREFIX.length);
    watchers.get(key)?.forEach((callback) => callback(read(key)));
  });
  return {
    get: (key) => Promise.resolve(read(key)),
    set: (key, value) => {
      try {
        storage.setItem(PREFIX + key, JSON.stringify(value));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      watchers.get(key)?.forEach((callback) => callback(value));
      return Promise.resolve();
    },
    watch: (key, callback) => {
      const set = watchers.get(key) ?? new Set();
      watchers.set(key, set.add(callback));
      return () => set.delete(callback);
    },
  };
}
