// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { holidays } from './holidays';
import { type Schedule, instantOf, nextOccurrence, offsetAt } from './schedule';

/**
 * iCalendar (RFC 5545) files for Outlook, Thunderbird and the like: a schedule as a repeating event
 * in its time zone (with a VTIMEZONE derived from the browser's time-zone data, and the public
 * holidays it skips as EXDATEs), and action items as tasks (VTODO). No invite link and no board
 * address go into a file: whoever gets the file learns the dates and nothing that opens the board.
 */

const HORIZON_YEARS = 2;
const ICS_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_MS = 86_400_000;

/**
 * TEXT values: backslash, semicolon, comma and every kind of line break escaped (RFC 5545 3.3.11),
 * other control characters dropped, so that a team name cannot start a property of its own.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, (char) => (char === '\t' ? char : ''));
}

/** Content lines longer than 75 octets are folded, never inside a UTF-8 character (3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      [current, octets] = ['', 0];
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC instant as `20261207T080000Z`. */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The wall-clock time of an instant in a zone, as `20261207T090000`. */
function localStamp(ms: number, timeZone: string): string {
  return utcStamp(ms + offsetAt(timeZone, ms)).slice(0, -1);
}

const offsetText = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
};

/** The instants in `year` at which the zone's offset changes, to the minute. */
function transitions(timeZone: string, year: number): number[] {
  const found: number[] = [];
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY_MS) {
    if (offsetAt(timeZone, day) === offsetAt(timeZone, day + DAY_MS)) continue;
    let [low, high] = [day, day + DAY_MS];
    while (high - low > 60_000) {
      const middle = Math.floor((low + high) / 2 / 60_000) * 60_000;
      if (offsetAt(timeZone, middle) === offsetAt(timeZone, low)) low = middle;
      else high = middle;
    }
    found.push(high);
  }
  return found;
}

/** The day of the month of the `nth` (-1: last) `weekday` (0 Sunday) of a month (0-based). */
function ruleDate(year: number, month: number, nth: number, weekday: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7);
}

/** A VTIMEZONE with yearly rules for the zone's changes as they are in `year`. */
export function vtimezone(timeZone: string, year: number): string[] {
  const changes = transitions(timeZone, year);
  if (changes.length === 0) {
    const offset = offsetText(offsetAt(timeZone, Date.UTC(year, 0, 1)));
    return [
      'BEGIN:VTIMEZONE',
      `TZID:${timeZone}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const at of changes) {
    const [from, to] = [offsetAt(timeZone, at - 60_000), offsetAt(timeZone, at)];
    // The rule names the local time before the change, as the clocks showed it.
    const wall = new Date(at + from);
    const day = wall.getUTCDate();
    const lastDay = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0)).getUTCDate();
    const nth = day + 7 > lastDay ? -1 : Math.ceil(day / 7);
    const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
    // The rule starts in 1970, as calendar programs expect: times before the first onset have no
    // defined offset (ical.js then takes UTC).
    const onset = ruleDate(1970, wall.getUTCMonth(), nth, wall.getUTCDay());
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:1970${pad(wall.getUTCMonth() + 1)}${pad(onset)}T${utcStamp(at + from).slice(9, -1)}`,
      `RRULE:FREQ=YEARLY;BYMONTH=${wall.getUTCMonth() + 1};BYDAY=${nth}${ICS_DAYS[(wall.getUTCDay() + 6) % 7]}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  schedule: Schedule;
  durationMinutes: number;
}

const duration = (minutes: number) => {
  const seconds = Math.max(60, Math.round(minutes * 60));
  return seconds % 60 === 0 ? `PT${seconds / 60}M` : `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
};

/** One repeating event: its first occurrence from `now` on, the weekly rule, and skipped holidays. */
function vevent(event: IcsEvent, now: number, language: string): string[] {
  const { schedule } = event;
  const zone = schedule.timeZone;
  // The series starts at the first date of the cadence from now on, holidays included (they are
  // the EXDATEs below), so that the rule and the cadence line up.
  const start = nextOccurrence({ ...schedule, skipHolidaysOf: null }, now - 1);
  if (start === null) return [];
  const exdates = schedule.skipHolidaysOf
    ? Array.from({ length: HORIZON_YEARS + 1 }, (_, i) => new Date(start).getUTCFullYear() + i)
        .flatMap((year) => holidays(schedule.skipHolidaysOf!, year))
        .map((holiday) => instantOf(holiday.date, schedule.time, zone))
        .filter((at) => at >= start && isOccurrence({ ...schedule, skipHolidaysOf: null }, at))
    : [];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${zone}:${localStamp(start, zone)}`,
    `DURATION:${duration(event.durationMinutes)}`,
    `RRULE:FREQ=WEEKLY;${schedule.everyWeeks > 1 ? `INTERVAL=${schedule.everyWeeks};` : ''}BYDAY=${schedule.weekdays
      .map((day) => ICS_DAYS[day - 1])
      .join(',')}`,
    ...exdates.map((at) => `EXDATE;TZID=${zone}:${localStamp(at, zone)}`),
    `SUMMARY;LANGUAGE=${language}:${escapeText(event.summary)}`,
    `DESCRIPTION;LANGUAGE=${language}:${escapeText(event.description)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

const isOccurrence = (schedule: Schedule, at: number) => nextOccurrence(schedule, at - 1, 1) === at;

export interface IcsTask {
  uid: string;
  summary: string;
  description: string;
  /** `YYYY-MM-DD`, or null. */
  due: string | null;
  doneAt: number | null;
}

function vtodo(task: IcsTask, now: number, language: string): string[] {
  return [
    'BEGIN:VTODO',
    `UID:${task.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `SUMMARY;LANGUAGE=${language}:${escapeText(task.summary)}`,
    `DESCRIPTION;LANGUAGE=${language}:${escapeText(task.description)}`,
    ...(task.due ? [`DUE;VALUE=DATE:${task.due.replaceAll('-', '')}`] : []),
    ...(task.doneAt === null
      ? ['STATUS:NEEDS-ACTION']
      : ['STATUS:COMPLETED', `COMPLETED:${utcStamp(task.doneAt)}`, 'PERCENT-COMPLETE:100']),
    'END:VTODO',
  ];
}

/** A whole iCalendar file (CRLF lines, folded) with events and tasks, in the reader's `language`. */
export function icsFile(input: { events: IcsEvent[]; tasks: IcsTask[]; now: number; language: string }): string {
  const zones = [...new Set(input.events.map((event) => event.schedule.timeZone))];
  const year = new Date(input.now).getUTCFullYear();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Team Rituals//Team Rituals//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...zones.flatMap((zone) => vtimezone(zone, year)),
    ...input.events.flatMap((event) => vevent(event, input.now, input.language)),
    ...input.tasks.flatMap((task) => vtodo(task, input.now, input.language)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
