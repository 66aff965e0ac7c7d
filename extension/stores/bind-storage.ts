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
  const [timer, records, preferences] = await Promise.all([
    focusTimerItem.getValue(),
    focusRecordsItem.getValue(),
    preferencesItem.getValue(),
  ]);
  store.setState({
    loaded: true,
    timer: parseFocusTimer(timer),
    records: parseFocusRecords(records),
    preferences: parsePreferences(preferences),
  });
  return () => unwatch.forEach((stop) => stop());
}
