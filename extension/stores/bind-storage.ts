import { storage } from 'wxt/utils/storage';
import {
  focusRecordsItem,
  focusTimerItem,
  parseFocusRecords,
  parseFocusTimer,
  parsePreferences,
  preferencesItem,
} from '../lib/storage';
import type { AppStore } from './app-store';

/** Loads the stored state into the store and keeps it current; returns the unsubscribe. */
export async function bindStorage(store: AppStore): Promise<() => void> {
  const unwatch = [
    focusTimerItem.watch((value) => store.setState({ timer: parseFocusTimer(value) })),
    focusRecordsItem.watch((value) => store.setState({ records: parseFocusRecords(value) })),
    preferencesItem.watch((value) => store.setState({ preferences: parsePreferences(value) })),
  ];
  // One storage read for all three: the popup's first render waits for it.
  const [timer, records, preferences] = (
    await storage.getItems([focusTimerItem, focusRecordsItem, preferencesItem])
  ).map((entry) => entry.value as unknown);
  store.setState({
    loaded: true,
    timer: parseFocusTimer(timer),
    records: parseFocusRecords(records),
    preferences: parsePreferences(preferences),
  });
  return () => unwatch.forEach((stop) => stop());
}
