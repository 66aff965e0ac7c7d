// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Land } from '../calendar/holidays';
import type { MessageRef } from '../i18n/messages';
import { type FormResult, checkNumber } from '../preferences';
import { RETRO_EVERY_WEEKS, RETRO_MINUTES, TIME, type TeamCalendar, isTimeZone } from './calendar';
import { DATE } from './model';

/** The schedule form as typed: every field a string or a choice. */
export interface CalendarForm {
  timeZone: string;
  holidaysOf: Land | '';
  standupOn: boolean;
  standupDays: number[];
  standupTime: string;
  retroOn: boolean;
  retroWeekday: number;
  retroTime: string;
  retroEveryWeeks: string;
  retroFrom: string;
  retroMinutes: string;
}

export type CalendarField =
  'timeZone' | 'standupDays' | 'standupTime' | 'retroTime' | 'retroEveryWeeks' | 'retroFrom' | 'retroMinutes';

/** The form for a calendar; unset rituals get the usual office defaults to start from. */
export function calendarFormOf(calendar: TeamCalendar, today: string): CalendarForm {
  return {
    timeZone: calendar.timeZone,
    holidaysOf: calendar.holidaysOf ?? '',
    standupOn: calendar.standup !== null,
    standupDays: calendar.standup?.weekdays ?? [1, 2, 3, 4, 5],
    standupTime: calendar.standup?.time ?? '09:00',
    retroOn: calendar.retro !== null,
    retroWeekday: calendar.retro?.weekday ?? 4,
    retroTime: calendar.retro?.time ?? '14:00',
    retroEveryWeeks: String(calendar.retro?.everyWeeks ?? 2),
    retroFrom: calendar.retro?.from ?? today,
    retroMinutes: String(calendar.retro?.minutes ?? 60),
  };
}

/** A real day: `2027-02-30` matches the pattern but is none. */
const isCalendarDate = (text: string) =>
  DATE.test(text) && !Number.isNaN(Date.parse(text)) && new Date(Date.parse(text)).toISOString().startsWith(text);
const required = (): MessageRef => ({ key: 'calendar.errorTime', args: [] });

/** Validates the schedule form; on any error nothing is returned to save. */
export function validateCalendarForm(form: CalendarForm): FormResult<TeamCalendar, CalendarField> {
  const errors: Partial<Record<CalendarField, MessageRef>> = {};
  if (!isTimeZone(form.timeZone.trim())) errors.timeZone = { key: 'calendar.errorTimeZone', args: [] };
  if (form.standupOn && form.standupDays.length === 0) errors.standupDays = { key: 'calendar.errorDays', args: [] };
  if (form.standupOn && !TIME.test(form.standupTime)) errors.standupTime = required();
  const everyWeeks = checkNumber(form.retroEveryWeeks, RETRO_EVERY_WEEKS, true);
  const minutes = checkNumber(form.retroMinutes, RETRO_MINUTES, true);
  if (form.retroOn) {
    if (!TIME.test(form.retroTime)) errors.retroTime = required();
    if (typeof everyWeeks !== 'number') errors.retroEveryWeeks = everyWeeks;
    if (typeof minutes !== 'number') errors.retroMinutes = minutes;
    if (!isCalendarDate(form.retroFrom)) errors.retroFrom = { key: 'calendar.errorDate', args: [] };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      timeZone: form.timeZone.trim(),
      holidaysOf: form.holidaysOf || null,
      standup: form.standupOn
        ? { weekdays: [...new Set(form.standupDays)].sort((a, b) => a - b), time: form.standupTime }
        : null,
      retro: form.retroOn
        ? {
            weekday: form.retroWeekday,
            time: form.retroTime,
            everyWeeks: everyWeeks as number,
            from: form.retroFrom,
            minutes: minutes as number,
          }
        : null,
    },
  };
}
