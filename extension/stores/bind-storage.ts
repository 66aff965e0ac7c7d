// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { readManaged, watchManaged } from '../lib/managed';
import { parseFocusRecords, parseFocusTimer, parsePreferences, parseTodayPlan } from '../lib/records';
import { focusRecordsItem, focusTimerItem, preferencesItem, todayPlanItem } from '../lib/storage';
import { localDate } from '../lib/ids';
import type { AppStore } from './app-store';

/** Loads the stored state into the store and keeps it current; returns the unsubscribe. */
export async function bindStorage(store: AppStore): Promise<() => void> {
  const unwatch = [
    focusTimerItem.watch((value) => store.setState({ timer: parseFocusTimer(value) })),
    focusRecordsItem.watch((value) => store.setState({ records: parseFocusRecords(value) })),
    preferencesItem.watch((value) => store.getState().receive({ own: parsePreferences(value) })),
    watchManaged(browser, (policy) => store.getState().receive({ policy })),
    todayPlanItem.watch((value) => store.setState({ todayPlan: parseTodayPlan(value, localDate(Date.now())) })),
  ];
  // One storage read for all of them (and the policy beside it): the popup's first render waits for it.
  const [items, policy] = await Promise.all([
    storage.getItems([focusTimerItem, focusRecordsItem, preferencesItem, todayPlanItem]),
    readManaged(browser),
  ]);
  const [timer, records, preferences, todayPlan] = items.map((entry) => entry.value as unknown);
  store.getState().receive({ own: parsePreferences(preferences), policy });
  store.setState({
    loaded: true,
    timer: parseFocusTimer(timer),
    records: parseFocusRecords(records),
    todayPlan: parseTodayPlan(todayPlan, localDate(Date.now())),
  });
  return () => unwatch.forEach((stop) => stop());
}
