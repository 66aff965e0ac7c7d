// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { PhaseEnd } from './machine';

/** One focus phase that ended, kept locally for the statistics. Nothing is ever sent anywhere. */
export interface FocusRecord {
  endedAt: number;
  focusedMs: number;
  /** True when the phase ran its full length; false when it was skipped or stopped early. */
  completed: boolean;
  label: string;
}

export interface FocusTotals {
  sessions: number;
  minutes: number;
}

export interface FocusSummary {
  today: FocusTotals;
  week: FocusTotals;
}

/** How long records are kept before they are pruned. */
export const RECORD_RETENTION_DAYS = 400;

/** Ends of focus phases with time spent become records; breaks and empty phases do not. */
export function recordsFromEnds(ends: readonly PhaseEnd[]): FocusRecord[] {
  return ends
    .filter((end) => end.phase === 'focus' && end.spentMs > 0)
    .map((end) => ({ endedAt: end.endedAt, focusedMs: end.spentMs, completed: end.completed, label: end.label }));
}

/** Local midnight of the day containing `time`. */
export function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Local midnight of the Monday of the week containing `time` (ISO weeks start on Monday). */
export function startOfWeek(time: number): number {
  const date = new Date(startOfDay(time));
  const daysSinceMonday = (date.getDay() + 6) % 7;
  date.setDate(date.getDate() - daysSinceMonday);
  return date.getTime();
}

function totals(records: readonly FocusRecord[], from: number): FocusTotals {
  let sessions = 0;
  let focusedMs = 0;
  for (const record of records) {
    if (record.endedAt < from) continue;
    if (record.completed) sessions += 1;
    focusedMs += record.focusedMs;
  }
  return { sessions, minutes: Math.round(focusedMs / 60_000) };
}

/** Completed sessions and focused minutes since the start of today and of this week, in local time. */
export function summarizeFocus(records: readonly FocusRecord[], now: number): FocusSummary {
  return {
    today: totals(records, startOfDay(now)),
    week: totals(records, startOfWeek(now)),
  };
}

/** Adds records and drops those older than the retention period. */
export function appendRecords(
  records: readonly FocusRecord[],
  added: readonly FocusRecord[],
  now: number,
): FocusRecord[] {
  const oldest = now - RECORD_RETENTION_DAYS * 86_400_000;
  return [...records, ...added].filter((record) => record.endedAt >= oldest);
}
