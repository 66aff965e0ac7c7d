// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import { type TeamCalendar, TeamCalendarSchema, standupSchedule } from './calendar';
import { nextOccurrence } from '../calendar/schedule';

/**
 * A stand-up reminder this device opted in to (issue #20), kept on the device only, under
 * `reminders` by team board id. It carries a copy of the team's calendar and name, refreshed while
 * the team is open, so that the background can remind without opening the board.
 */
export interface Reminder {
  teamName: string;
  minutesBefore: number;
  calendar: TeamCalendar;
}

export const REMINDER_MINUTES = { min: 1, max: 120 };
export const DEFAULT_REMINDER_MINUTES = 5;

const ReminderSchema = v.object({
  teamName: v.pipe(v.string(), v.maxLength(80)),
  minutesBefore: v.pipe(v.number(), v.integer(), v.minValue(REMINDER_MINUTES.min), v.maxValue(REMINDER_MINUTES.max)),
  calendar: TeamCalendarSchema,
});

/** The stored reminders; entries that do not match are left out (and so never fire). */
export function readReminders(raw: unknown): Record<string, Reminder> {
  const reminders: Record<string, Reminder> = {};
  if (typeof raw !== 'object' || raw === null) return reminders;
  for (const [boardId, entry] of Object.entries(raw)) {
    const parsed = v.safeParse(ReminderSchema, entry);
    if (/^[0-9a-f]{32}$/.test(boardId) && parsed.success) reminders[boardId] = parsed.output;
  }
  return reminders;
}

/**
 * The next reminder: the first stand-up after `now` and after `remindedUpTo` (the last stand-up
 * already reminded of), and when to remind. A stand-up whose reminder time has passed but which
 * has not begun (the browser started late) is reminded at once.
 */
export function nextReminder(
  reminder: Reminder,
  now: number,
  remindedUpTo: number,
): { standupAt: number; remindAt: number } | null {
  const schedule = standupSchedule(reminder.calendar);
  if (!schedule) return null;
  const standupAt = nextOccurrence(schedule, Math.max(now, remindedUpTo));
  if (standupAt === null) return null;
  return { standupAt, remindAt: Math.max(now, standupAt - reminder.minutesBefore * 60_000) };
}
