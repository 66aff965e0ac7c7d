// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type OperatorLinks, readPolicy } from '../../shared/policy';
import { parsePreferences } from '../lib/records';
import type { LocalStore } from '../lib/local-store';
import { type AppStore, createAppStore } from '../stores/app-store';

const PREFERENCES_KEY = 'preferences';

/**
 * The app store of the web app. There is no background: the focus timer and notifications are
 * absent (their views are not shown), new teams are created on this page's own server, and only
 * the language is a stored preference.
 */
export function createWebAppStore(local: LocalStore, server: string, operator: OperatorLinks = {}): AppStore {
  const store = createAppStore({
    sendToBackground: () => Promise.resolve({ ok: false, error: 'failed' }),
    writePreferences: (preferences) => local.set(PREFERENCES_KEY, preferences),
  });
  // The server operator's links (its `ACCESSIBILITY_CONTACT` and `PRIVACY_NOTICE`), checked like a policy.
  store.getState().receive({ policy: readPolicy(operator) });
  const apply = (raw: unknown) => {
    store.getState().receive({ own: { ...parsePreferences(raw), server, notifyStandup: false } });
    store.setState({ loaded: true });
  };
  void local.get(PREFERENCES_KEY).then(apply);
  local.watch(PREFERENCES_KEY, apply);
  return store;
}
