// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from '../lib/use-store';
import { type StoreApi, createStore } from 'zustand/vanilla';
import type { FocusAction } from '../../shared/focus/machine';
import type { FocusRecord } from '../../shared/focus/stats';
import { type FocusTimer, INITIAL_FOCUS_TIMER } from '../../shared/focus/timer';
import { type ReadPolicy, effectivePreferences, readPolicy } from '../../shared/policy';
import type { Preferences } from '../../shared/preferences';
import { DEFAULT_SERVER, INITIAL_PREFERENCES } from '../lib/build-mode';
import type { BackgroundRequest, BackgroundResponse } from '../lib/runtime-messages';

/** What every extension page sees: a read-only copy of storage plus actions. */
export interface AppState {
  loaded: boolean;
  timer: FocusTimer;
  records: FocusRecord[];
  /** The settings in force: the member's own, overruled by the organisation's policy. */
  preferences: Preferences;
  /** The member's own settings, as stored. */
  own: Preferences;
  /** What the organisation set by policy (`storage.managed`), with what could not be used. */
  policy: ReadPolicy;
  /** Takes new stored settings or a new policy; `preferences` follows. */
  receive: (update: { own?: Preferences; policy?: ReadPolicy }) => void;
  /** True when the last request to the background failed; the view says so. */
  backgroundError: boolean;
  /** The keyboard shortcut that starts or pauses the focus timer, as the browser reports it. */
  shortcut: string | null;
  focus: (action: FocusAction) => Promise<boolean>;
  clearRecords: () => Promise<boolean>;
  /** Changes some of the member's own settings. */
  savePreferences: (change: Partial<Preferences>) => Promise<boolean>;
  /** Items of today's "today" answer, offered as focus labels. */
  todayPlan: string[];
  saveTodayPlan: (items: string[]) => Promise<void>;
  /** A system notification (only called for what the person opted into). */
  notify: (title: string, message: string) => void;
  /** Opens the side panel (from a click), or the same view in a tab where there is none. */
  openSidePanel: () => Promise<void>;
}

/** The impure parts the store needs, passed in by the entrypoint (and by tests). */
export interface AppStoreDeps {
  sendToBackground: (request: BackgroundRequest) => Promise<BackgroundResponse>;
  writePreferences: (preferences: Preferences) => Promise<void>;
  writeTodayPlan?: (items: string[]) => Promise<void>;
  /** Asks the browser for access to a sync server's host (needs the click's user gesture). */
  requestServerAccess?: (server: string) => Promise<boolean>;
  notify?: (title: string, message: string) => void;
  openSidePanel?: () => Promise<void>;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: AppStoreDeps): AppStore {
  return createStore<AppState>()((set, get) => {
    const effective = (own: Preferences, policy: ReadPolicy) =>
      effectivePreferences(own, policy.policy, DEFAULT_SERVER);
    const settle = (own: Preferences, policy: ReadPolicy) => set({ own, policy, preferences: effective(own, policy) });
    const noPolicy = readPolicy({});
    const request = async (message: BackgroundRequest) => {
      const response = await deps.sendToBackground(message);
      set({ backgroundError: !response.ok });
      return response.ok;
    };
    return {
      loaded: false,
      timer: INITIAL_FOCUS_TIMER,
      records: [],
      preferences: effective(INITIAL_PREFERENCES, noPolicy),
      own: INITIAL_PREFERENCES,
      policy: noPolicy,
      receive: ({ own = get().own, policy = get().policy }) => settle(own, policy),
      backgroundError: false,
      shortcut: null,
      todayPlan: [],
      saveTodayPlan: async (items) => {
        set({ todayPlan: items });
        await deps.writeTodayPlan?.(items);
      },
      notify: (title, message) => deps.notify?.(title, message),
      openSidePanel: async () => deps.openSidePanel?.(),
      focus: (action) => request({ kind: 'focus', action }),
      clearRecords: () => request({ kind: 'clearFocusRecords' }),
      savePreferences: async (change) => {
        const preferences = { ...get().own, ...change };
        // First, while the click still counts as a user gesture: without access to its host,
        // invite links of a new server are not recognised when opened (pasting them still works).
        if (preferences.server && preferences.server !== get().own.server)
          await deps.requestServerAccess?.(preferences.server);
        try {
          await deps.writePreferences(preferences);
          settle(preferences, get().policy);
          return true;
        } catch {
          return false;
        }
      },
    };
  });
}

export const AppStoreContext = createContext<AppStore | null>(null);

/** Reads a slice of the app state; re-renders only when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useApp needs an AppStoreContext provider');
  return useStore(store, selector);
}
