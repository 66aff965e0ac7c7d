// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import type * as Y from 'yjs';
import { LAENDER, type Land } from '../calendar/holidays';
import { type Schedule, nextOccurrence } from '../calendar/schedule';

/**
 * When the team's rituals recur (issue #20), on the team board under `team.calendar`, replaced as a
 * whole: the stand-up on some weekdays, the retro every N weeks, both at wall-clock times in the
 * team's time zone and, if a Land is chosen, not on its public holidays. A board from before this
 * existed has no `calendar`: it reads as "no schedule" (`DEFAULT_CALENDAR`). Nothing here says who
 * attends.
 */
export interface TeamCalendar {
  /** An IANA time zone. */
  timeZone: string;
  holidaysOf: Land | null;
  standup: { weekdays: number[]; time: string } | null;
  retro: { weekday: number; time: string; everyWeeks: number; from: string; minutes: number } | null;
}

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';
export const DEFAULT_CALENDAR: TeamCalendar = {
  timeZone: DEFAULT_TIME_ZONE,
  holidaysOf: null,
  standup: null,
  retro: null,
};
export const RETRO_EVERY_WEEKS = { min: 1, max: 8 };
export const RETRO_MINUTES = { min: 15, max: 480 };

/** `HH:MM`, 24 hours. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The `team` map of `model.ts` (not imported from there: the model reads the calendar).
const teamMap = (doc: Y.Doc) => doc.getMap<unknown>('team');
const weekday = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7));
const between = (range: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(range.min), v.maxValue(range.max));

/** Whether this runtime knows the time zone (a peer may have written any string). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}

export const TeamCalendarSchema = v.object({
  timeZone: v.pipe(v.string(), v.check(isTimeZone)),
  holidaysOf: v.nullable(v.picklist(LAENDER)),
  standup: v.nullable(
    v.object({
      weekdays: v.pipe(v.array(weekday), v.minLength(1), v.maxLength(7)),
      time: v.pipe(v.string(), v.regex(TIME)),
    }),
  ),
  retro: v.nullable(
    v.object({
      weekday,
      time: v.pipe(v.string(), v.regex(TIME)),
      everyWeeks: between(RETRO_EVERY_WEEKS),
      from: v.pipe(v.string(), v.regex(DATE)),
      minutes: between(RETRO_MINUTES),
    }),
  ),
});

export function readCalendar(doc: Y.Doc): TeamCalendar {
  const parsed = v.safeParse(TeamCalendarSchema, teamMap(doc).get('calendar'));
  return parsed.success ? parsed.output : DEFAULT_CALENDAR;
}

export function setCalendar(doc: Y.Doc, calendar: TeamCalendar): void {
  teamMap(doc).set('calendar', calendar);
}

/** The stand-up's schedule, every week (a fixed Monday long ago starts the weekly cadence). */
export function standupSchedule(calendar: TeamCalendar): Schedule | null {
  if (!calendar.standup) return null;
  return {
    weekdays: calendar.standup.weekdays,
    time: calendar.standup.time,
    timeZone: calendar.timeZone,
    everyWeeks: 1,
    from: '2024-01-01',
    skipHolidaysOf: calendar.holidaysOf,
  };
}

export function retroSchedule(calendar: TeamCalendar): Schedule | null {
  if (!calendar.retro) return null;
  return {
    weekdays: [calendar.retro.weekday],
    time: calendar.retro.time,
    timeZone: calendar.timeZone,
    everyWeeks: calendar.retro.everyWeeks,
    from: calendar.retro.from,
    skipHolidaysOf: calendar.holidaysOf,
  };
}

/** The next stand-up and retro after `now`, each null when not scheduled (or none in two years). */
export function nextRituals(calendar: TeamCalendar, now: number): { standup: number | null; retro: number | null } {
  const next = (schedule: Schedule | null) => (schedule ? nextOccurrence(schedule, now) : null);
  return { standup: next(standupSchedule(calendar)), retro: next(retroSchedule(calendar)) };
}
