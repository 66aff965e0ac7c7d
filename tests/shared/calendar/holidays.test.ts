// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { LAENDER, easterSunday, holidayOn, holidays } from '../../../shared/calendar/holidays';

const dates = (land: Parameters<typeof holidays>[0], year: number) => holidays(land, year).map((day) => day.date);

describe('German public holidays', () => {
  it('finds Easter Sunday as the published calendars give it', () => {
    const published: Record<number, string> = {
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2031: '2031-04-13',
      2032: '2032-03-28',
      2033: '2033-04-17',
      2034: '2034-04-09',
      2035: '2035-03-25',
    };
    for (const [year, date] of Object.entries(published)) {
      expect(easterSunday(Number(year)).toISOString().slice(0, 10)).toBe(date);
    }
  });

  it('gives Bavaria its twelve statewide holidays of 2026', () => {
    expect(holidays('BY', 2026)).toEqual([
      { date: '2026-01-01', name: 'new-year' },
      { date: '2026-01-06', name: 'epiphany' },
      { date: '2026-04-03', name: 'good-friday' },
      { date: '2026-04-06', name: 'easter-monday' },
      { date: '2026-05-01', name: 'labour-day' },
      { date: '2026-05-14', name: 'ascension' },
      { date: '2026-05-25', name: 'whit-monday' },
      { date: '2026-06-04', name: 'corpus-christi' },
      { date: '2026-10-03', name: 'german-unity' },
      { date: '2026-11-01', name: 'all-saints' },
      { date: '2026-12-25', name: 'christmas' },
      { date: '2026-12-26', name: 'boxing-day' },
    ]);
  });

  it('puts Buß- und Bettag on the Wednesday before 23 November, in Saxony only', () => {
    expect(holidayOn('SN', '2025-11-19')?.name).toBe('repentance');
    expect(holidayOn('SN', '2026-11-18')?.name).toBe('repentance');
    expect(holidayOn('SN', '2027-11-17')?.name).toBe('repentance');
    expect(holidayOn('SN', '2028-11-22')?.name).toBe('repentance');
    // 23 November 2033 is a Wednesday: the holiday is the week before.
    expect(holidayOn('SN', '2033-11-16')?.name).toBe('repentance');
    expect(holidayOn('BY', '2026-11-18')).toBeNull();
  });

  it('knows the holidays of single Länder', () => {
    expect(holidayOn('BE', '2026-03-08')?.name).toBe('womens-day');
    expect(holidayOn('MV', '2026-03-08')?.name).toBe('womens-day');
    expect(holidayOn('MV', '2022-03-08')).toBeNull();
    expect(holidayOn('TH', '2026-09-20')?.name).toBe('childrens-day');
    expect(holidayOn('SL', '2026-08-15')?.name).toBe('assumption');
    expect(holidayOn('BY', '2026-08-15')).toBeNull();
    expect(holidayOn('BB', '2026-04-05')?.name).toBe('easter-sunday');
    expect(holidayOn('HH', '2026-10-31')?.name).toBe('reformation');
    expect(holidayOn('HE', '2026-10-31')).toBeNull();
    expect(holidayOn('NW', '2026-06-04')?.name).toBe('corpus-christi');
    expect(holidayOn('NI', '2026-06-04')).toBeNull();
  });

  it('counts each Land’s holidays of 2026 as its law does', () => {
    const counts = Object.fromEntries(LAENDER.map((land) => [land, holidays(land, 2026).length]));
    expect(counts).toEqual({
      BW: 12,
      BY: 12,
      BE: 10,
      BB: 12,
      HB: 10,
      HH: 10,
      HE: 10,
      MV: 11,
      NI: 10,
      NW: 11,
      RP: 11,
      SL: 12,
      SN: 11,
      ST: 11,
      SH: 10,
      TH: 11,
    });
  });

  it('keeps every year of the next decades in order, within its year, on distinct days', () => {
    for (const land of LAENDER) {
      for (let year = 2026; year <= 2060; year++) {
        const list = dates(land, year);
        expect(list.every((date) => date.startsWith(`${year}-`))).toBe(true);
        expect([...list].sort()).toEqual(list);
        expect(new Set(list).size).toBe(list.length);
        // Nationwide: New Year, Good Friday, Easter Monday, 1 May, Ascension, Whit Monday,
        // 3 October, both days of Christmas.
        expect(list.length).toBeGreaterThanOrEqual(9);
      }
    }
  });
});
