import { storage } from 'wxt/utils/storage';
import { parseFocusRecords, parseFocusTimer, parsePreferences, parseTodayPlan } from '../lib/records';
import { focusRecordsItem, focusTimerItem, preferencesItem, todayPlanItem } from '../lib/storage';
import { localDate } from '../lib/ids';
import type { AppStore } from './app-store';

/** Loads the stored state into the store and keeps it current; returns the unsubscribe. */
export async function bindStorage(store: AppStore): Promise<() => void> {
  const unwatch = [
    focusTimerItem.watch((value) => store.setState({ timer: parseFocusTimer(value) })),
    focusRecordsItem.watch((value) => store.setState({ records: parseFocusRecords(value) })),
    preferencesItem.watch((value) => store.setState({ preferences: parsePreferences(value) })),
    todayPlanItem.watch((value) => store.setState({ todayPlan: parseTodayPlan(value, localDate(Date.now())) })),
  ];
  // One storage read for all of them: the popup's first render waits for it.
  const [timer, records, preferences, todayPlan] = (
    await storage.getItems([focusTimerItem, focusRecordsItem, preferencesItem, todayPlanItem])
  ).map((entry) => entry.value as unknown);
  store.setState({
    loaded: true,
    timer: parseFocusTimer(timer),
    records: parseFocusRecords(records),
    preferences: parsePreferences(preferences),
    todayPlan: parseTodayPlan(todayPlan, localDate(Date.now())),
  });
  return () => unwatch.forEach((stop) => stop());
}
