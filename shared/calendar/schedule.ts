// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Land, holidayOn } from './holidays';

/**
 * When a ritual recurs, in the team's time zone (issue #20): on some weekdays at a wall-clock time,
 * every `everyWeeks` weeks counted from the week of `from`, optionally not on the public holidays
 * of a Land. Times are wall-clock times, so 09:00 stays 09:00 across daylight-saving changes.
 */
export interface Schedule {
  /** ISO weekdays: 1 Monday … 7 Sunday. */
  weekdays: number[];
  /** `HH:MM`, 24 hours. */
  time: string;
  /** An IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** 1 for every week; 2 for every other week, and so on. */
  everyWeeks: number;
  /** `YYYY-MM-DD`: the first day the schedule holds; its week is week 0 of the cadence. */
  from: string;
  /** Skip the public holidays of this Land. */
  skipHolidaysOf: Land | null;
}

const DAY_MS = 86_400_000;

/** The time zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetAt(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time on a calendar date in a time zone. A time that the clocks skip
 * (in the hour lost in spring) is taken in the offset after the change.
 */
export function instantOf(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetAt(timeZone, wall);
  const second = wall - offsetAt(timeZone, first);
  return offsetAt(timeZone, second) === offsetAt(timeZone, first) ? second : Math.max(first, second);
}

const isoDate = (utcDay: number) => new Date(utcDay).toISOString().slice(0, 10);
const weekday = (utcDay: number) => ((new Date(utcDay).getUTCDay() + 6) % 7) + 1;

/** The first occurrence strictly after `after` (ms since the epoch), or null within `horizonDays`. */
export function nextOccurrence(schedule: Schedule, after: number, horizonDays = 800): number | null {
  const start = Date.parse(`${schedule.from}T00:00:00Z`);
  const mondayOfStart = start - (weekday(start) - 1) * DAY_MS;
  // The calendar date in the zone at `after`, as a UTC midnight, minus one for zones far ahead.
  const today = Math.floor((after + offsetAt(schedule.timeZone, after)) / DAY_MS) * DAY_MS;
  for (let day = Math.max(today - DAY_MS, start); day <= today + horizonDays * DAY_MS; day += DAY_MS) {
    if (!schedule.weekdays.includes(weekday(day))) continue;
    const week = Math.floor((day - mondayOfStart) / (7 * DAY_MS));
    if (week % schedule.everyWeeks !== 0) continue;
    const date = isoDate(day);
    if (schedule.skipHolidaysOf && holidayOn(schedule.skipHolidaysOf, date)) continue;
    const at = instantOf(date, schedule.time, schedule.timeZone);
    if (at > after) return at;
  }
  return null;
}
