// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { type Schedule, instantOf, nextOccurrence } from '../../../shared/calendar/schedule';

const standup: Schedule = {
  weekdays: [1, 2, 3, 4, 5],
  time: '09:00',
  timeZone: 'Europe/Berlin',
  everyWeeks: 1,
  from: '2027-01-04',
  skipHolidaysOf: null,
};
const at = (iso: string) => Date.parse(iso);
const next = (schedule: Schedule, after: string) => {
  const found = nextOccurrence(schedule, at(after));
  return found === null ? null : new Date(found).toISOString();
};

describe('a ritual on a schedule', () => {
  it('keeps 09:00 on the wall clock across the change to summer time and back', () => {
    // Friday before the change (CET, UTC+1), the Monday after (CEST, UTC+2).
    expect(next(standup, '2027-03-25T09:00:00Z')).toBe('2027-03-26T08:00:00.000Z');
    expect(next(standup, '2027-03-26T08:00:00Z')).toBe('2027-03-29T07:00:00.000Z');
    // And back in October: Friday in CEST, Monday in CET.
    expect(next(standup, '2027-10-28T08:00:00Z')).toBe('2027-10-29T07:00:00.000Z');
    expect(next(standup, '2027-10-29T07:00:00Z')).toBe('2027-11-01T08:00:00.000Z');
  });

  it('skips the public holidays of the chosen Land', () => {
    const bavaria = { ...standup, skipHolidaysOf: 'BY' as const };
    // Good Friday (26 March 2027) and Easter Monday (29 March) fall out: Thursday → Tuesday.
    expect(next(bavaria, '2027-03-25T08:00:00Z')).toBe('2027-03-30T07:00:00.000Z');
    // Corpus Christi (27 May 2027) is a holiday in Bavaria, not in Berlin.
    expect(next(bavaria, '2027-05-26T08:00:00Z')).toBe('2027-05-28T07:00:00.000Z');
    expect(next({ ...standup, skipHolidaysOf: 'BE' }, '2027-05-26T08:00:00Z')).toBe('2027-05-27T07:00:00.000Z');
  });

  it('counts a retro cadence of every other week from its first week', () => {
    const retro = { ...standup, weekdays: [4], time: '14:00', everyWeeks: 2, from: '2027-01-07' };
    expect(next(retro, '2027-01-01T00:00:00Z')).toBe('2027-01-07T13:00:00.000Z');
    expect(next(retro, '2027-01-07T13:00:00Z')).toBe('2027-01-21T13:00:00.000Z');
    expect(next(retro, '2027-01-08T00:00:00Z')).toBe('2027-01-21T13:00:00.000Z');
  });

  it('takes a time the clocks skip in the offset after the change', () => {
    // 02:30 on 28 March 2027 does not exist in Berlin: it is 03:30 CEST, 01:30 UTC.
    expect(new Date(instantOf('2027-03-28', '02:30', 'Europe/Berlin')).toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('finds nothing when no weekday is chosen', () => {
    expect(nextOccurrence({ ...standup, weekdays: [] }, at('2027-01-05T00:00:00Z'))).toBeNull();
  });
});
