// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * German public holidays (gesetzliche Feiertage) by Land, for schedules that skip them (issue #20).
 * Computed from rules, not listed per year: the fixed dates, the days that follow Easter, and the
 * Wednesday before 23 November. Only holidays that hold in a whole Land count; those of single
 * communities (Augsburg's Friedensfest, Mariä Himmelfahrt in Bavaria's Catholic communities,
 * Fronleichnam in parts of Saxony and Thuringia) are left out, and so are one-off days (the
 * Reformationstag of 2017 everywhere, 8 May 2020 and 2025 in Berlin). The rules are those in force
 * since 2023; schedules look ahead, not back.
 */

/** The 16 Länder by their ISO 3166-2:DE codes. */
export const LAENDER = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export type Land = (typeof LAENDER)[number];

export type HolidayName =
  | 'new-year'
  | 'epiphany'
  | 'womens-day'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'labour-day'
  | 'ascension'
  | 'whit-sunday'
  | 'whit-monday'
  | 'corpus-christi'
  | 'assumption'
  | 'childrens-day'
  | 'german-unity'
  | 'reformation'
  | 'all-saints'
  | 'repentance'
  | 'christmas'
  | 'boxing-day';

export interface Holiday {
  /** `YYYY-MM-DD`, a calendar date without a time zone. */
  date: string;
  name: HolidayName;
}

type When = { month: number; day: number } | { easter: number } | 'repentance';

interface Rule {
  name: HolidayName;
  when: When;
  /** The Länder where it is a holiday; all of them if absent. */
  only?: readonly Land[];
  /** The first year it is a holiday there. */
  since?: number;
}

const RULES: readonly Rule[] = [
  { name: 'new-year', when: { month: 1, day: 1 } },
  { name: 'epiphany', when: { month: 1, day: 6 }, only: ['BW', 'BY', 'ST'] },
  { name: 'womens-day', when: { month: 3, day: 8 }, only: ['BE'], since: 2019 },
  { name: 'womens-day', when: { month: 3, day: 8 }, only: ['MV'], since: 2023 },
  { name: 'good-friday', when: { easter: -2 } },
  { name: 'easter-sunday', when: { easter: 0 }, only: ['BB'] },
  { name: 'easter-monday', when: { easter: 1 } },
  { name: 'labour-day', when: { month: 5, day: 1 } },
  { name: 'ascension', when: { easter: 39 } },
  { name: 'whit-sunday', when: { easter: 49 }, only: ['BB'] },
  { name: 'whit-monday', when: { easter: 50 } },
  { name: 'corpus-christi', when: { easter: 60 }, only: ['BW', 'BY', 'HE', 'NW', 'RP', 'SL'] },
  { name: 'assumption', when: { month: 8, day: 15 }, only: ['SL'] },
  { name: 'childrens-day', when: { month: 9, day: 20 }, only: ['TH'], since: 2019 },
  { name: 'german-unity', when: { month: 10, day: 3 } },
  { name: 'reformation', when: { month: 10, day: 31 }, only: ['BB', 'MV', 'SN', 'ST', 'TH'] },
  { name: 'reformation', when: { month: 10, day: 31 }, only: ['HB', 'HH', 'NI', 'SH'], since: 2018 },
  { name: 'all-saints', when: { month: 11, day: 1 }, only: ['BW', 'BY', 'NW', 'RP', 'SL'] },
  { name: 'repentance', when: 'repentance', only: ['SN'] },
  { name: 'christmas', when: { month: 12, day: 25 } },
  { name: 'boxing-day', when: { month: 12, day: 26 } },
];

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

function dateOf(when: When, year: number): Date {
  if (when === 'repentance') {
    // Buß- und Bettag: the last Wednesday before 23 November.
    const november23 = new Date(Date.UTC(year, 10, 23));
    const back = (november23.getUTCDay() - 3 + 7) % 7 || 7;
    return new Date(november23.getTime() - back * DAY_MS);
  }
  if ('easter' in when) return new Date(easterSunday(year).getTime() + when.easter * DAY_MS);
  return new Date(Date.UTC(year, when.month - 1, when.day));
}

/** The public holidays of `land` in `year`, in date order. */
export function holidays(land: Land, year: number): Holiday[] {
  return RULES.filter((rule) => (!rule.only || rule.only.includes(land)) && (!rule.since || year >= rule.since))
    .map((rule) => ({ date: iso(dateOf(rule.when, year)), name: rule.name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The holiday on a calendar date (`YYYY-MM-DD`) in `land`, if there is one. */
export function holidayOn(land: Land, date: string): Holiday | null {
  const year = Number(date.slice(0, 4));
  return holidays(land, year).find((holiday) => holiday.date === date) ?? null;
}
