import { toCsv } from '../export/csv';
import type { FocusRecord } from './stats';

/** The focus statistics as CSV: one row per focus phase, times in ISO 8601 (UTC). */
export function focusRecordsToCsv(records: readonly FocusRecord[]): string {
  return toCsv(
    ['ended_at', 'focused_minutes', 'completed', 'label'],
    records.map((r) => [new Date(r.endedAt).toISOString(), (r.focusedMs / 60_000).toFixed(2), r.completed, r.label]),
  );
}

/** The focus statistics as JSON, with a format marker so a later import can recognise it. */
export function focusRecordsToJson(records: readonly FocusRecord[], exportedAt: number): string {
  const sessions = records.map((r) => ({
    endedAt: new Date(r.endedAt).toISOString(),
    focusedMs: r.focusedMs,
    completed: r.completed,
    label: r.label,
  }));
  return JSON.stringify(
    { format: 'team-rituals.focus-statistics', version: 1, exportedAt: new Date(exportedAt).toISOString(), sessions },
    null,
    2,
  );
}
