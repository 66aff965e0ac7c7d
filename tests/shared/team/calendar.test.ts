// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DEFAULT_CALENDAR,
  type TeamCalendar,
  nextRituals,
  readCalendar,
  setCalendar,
} from '../../../shared/team/calendar';
import { calendarFormOf, validateCalendarForm } from '../../../shared/team/calendar-form';
import { readTeam, teamMap } from '../../../shared/team/model';

const CALENDAR: TeamCalendar = {
  timeZone: 'Europe/Berlin',
  holidaysOf: 'BY',
  standup: { weekdays: [1, 2, 3, 4, 5], time: '09:00' },
  retro: { weekday: 4, time: '14:00', everyWeeks: 2, from: '2027-03-04', minutes: 90 },
};
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('team calendar', () => {
  it('given a board from before schedules, then it reads as no schedule, and a damaged one likewise', () => {
    const doc = new Y.Doc();
    teamMap(doc).set('name', 'Referat Z 3');
    expect(readTeam(doc).calendar).toEqual(DEFAULT_CALENDAR);
    for (const bad of [
      'x',
      { ...CALENDAR, timeZone: 'Mars/Olympus' },
      { ...CALENDAR, holidaysOf: 'XX' },
      { ...CALENDAR, standup: { weekdays: [], time: '09:00' } },
      { ...CALENDAR, standup: { weekdays: [8], time: '09:00' } },
      { ...CALENDAR, retro: { ...CALENDAR.retro, time: '25:00' } },
      { ...CALENDAR, retro: { ...CALENDAR.retro, everyWeeks: 0 } },
    ]) {
      teamMap(doc).set('calendar', bad);
      expect(readCalendar(doc)).toEqual(DEFAULT_CALENDAR);
    }
    setCalendar(doc, CALENDAR);
    expect(readCalendar(doc)).toEqual(CALENDAR);
  });

  it('when the clocks change and a holiday falls on a stand-up day, then the next rituals keep 09:00 and skip it', () => {
    // Clocks go forward on Sunday 28 March 2027, Easter Sunday. From Thursday's stand-up, Good
    // Friday (26) and Easter Monday (29) are skipped: Tuesday 30 March, 09:00 in summer time.
    expect(iso(nextRituals(CALENDAR, Date.parse('2027-03-25T09:00:00Z')).standup)).toBe('2027-03-30T07:00:00.000Z');
    // Without a Land, Good Friday and Easter Monday are stand-up days like any other.
    const everyDay = { ...CALENDAR, holidaysOf: null };
    expect(iso(nextRituals(everyDay, Date.parse('2027-03-25T09:00:00Z')).standup)).toBe('2027-03-26T08:00:00.000Z');
    expect(iso(nextRituals(everyDay, Date.parse('2027-03-26T09:00:00Z')).standup)).toBe('2027-03-29T07:00:00.000Z');
    // The retro: every other Thursday from 4 March 2027, at 14:00 CET, then CEST.
    expect(iso(nextRituals(CALENDAR, Date.parse('2027-03-05T00:00:00Z')).retro)).toBe('2027-03-18T13:00:00.000Z');
    expect(iso(nextRituals(CALENDAR, Date.parse('2027-03-19T00:00:00Z')).retro)).toBe('2027-04-01T12:00:00.000Z');
    // Autumn: 1 November (All Saints', Bavaria) is a Monday in 2027; the stand-up moves to Tuesday.
    expect(iso(nextRituals(CALENDAR, Date.parse('2027-10-29T09:00:00Z')).standup)).toBe('2027-11-02T08:00:00.000Z');
    expect(nextRituals(DEFAULT_CALENDAR, 0)).toEqual({ standup: null, retro: null });
  });

  it('refuses a schedule form with mistakes field by field, and saves a good one', () => {
    const form = calendarFormOf(DEFAULT_CALENDAR, '2027-01-04');
    expect(validateCalendarForm(form)).toEqual({ ok: true, value: DEFAULT_CALENDAR });
    const bad = validateCalendarForm({
      ...form,
      timeZone: 'Europe/Nowhere',
      standupOn: true,
      standupDays: [],
      standupTime: '9 Uhr',
      retroOn: true,
      retroEveryWeeks: '1,5',
      retroMinutes: '5',
      retroFrom: '2027-02-30',
    });
    expect(bad.ok).toBe(false);
    expect(Object.keys(bad.ok ? {} : bad.errors).sort()).toEqual([
      'retroEveryWeeks',
      'retroFrom',
      'retroMinutes',
      'standupDays',
      'standupTime',
      'timeZone',
    ]);
    const good = validateCalendarForm({
      ...calendarFormOf(CALENDAR, '2027-01-04'),
      standupDays: [5, 1, 3, 1],
    });
    expect(good).toEqual({
      ok: true,
      value: { ...CALENDAR, standup: { weekdays: [1, 3, 5], time: '09:00' } },
    });
  });
});
