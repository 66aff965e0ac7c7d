// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, icsFile } from '../../../shared/calendar/ics';
import type { Schedule } from '../../../shared/calendar/schedule';

/**
 * Every file is read back by an independent parser (Mozilla's ical.js, as in Thunderbird) and its
 * recurrences expanded there, not by our own code.
 */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root;
}

function occurrences(root: ICAL.Component, count: number, index = 0): string[] {
  const event = new ICAL.Event(root.getAllSubcomponents('vevent')[index]);
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    // Skipped dates (EXDATE) are left out by the iterator, as a calendar shows them.
    found.push(next.toJSDate().toISOString());
  }
  return found;
}

const STANDUP: Schedule = {
  weekdays: [1, 2, 3, 4, 5],
  time: '09:00',
  timeZone: 'Europe/Berlin',
  everyWeeks: 1,
  from: '2024-01-01',
  skipHolidaysOf: 'BY',
};

describe('calendar files', () => {
  it('a stand-up every weekday at 09:00 Berlin time keeps 09:00 across the spring change and skips Easter', () => {
    const text = icsFile({
      events: [
        {
          uid: 'a1@team-rituals.invalid',
          summary: 'Stand-up: Referat Z 3',
          description: 'Daily',
          schedule: STANDUP,
          durationMinutes: 15,
        },
      ],
      tasks: [],
      now: Date.parse('2027-03-24T12:00:00Z'),
      language: 'en',
    });
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text).not.toMatch(/https?:|#e2\./);
    const root = parse(text);
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Stand-up: Referat Z 3');
    expect(event.startDate.zone.tzid).toBe('Europe/Berlin');
    expect(event.duration.toSeconds()).toBe(15 * 60);
    expect(occurrences(root, 5)).toEqual([
      '2027-03-25T08:00:00.000Z', // Thursday, winter time
      // Good Friday (26th) and Easter Monday (29th) are holidays; the clocks change on the 28th.
      '2027-03-30T07:00:00.000Z',
      '2027-03-31T07:00:00.000Z',
      '2027-04-01T07:00:00.000Z',
      '2027-04-02T07:00:00.000Z',
    ]);
    // Autumn: back to winter time on 31 October 2027; 1 November is All Saints' in Bavaria.
    const autumn = parse(
      icsFile({
        events: [{ uid: 'a2', summary: 'S', description: '', schedule: STANDUP, durationMinutes: 7.5 }],
        tasks: [],
        now: Date.parse('2027-10-28T12:00:00Z'),
        language: 'de',
      }),
    );
    expect(occurrences(autumn, 3)).toEqual([
      '2027-10-29T07:00:00.000Z',
      '2027-11-02T08:00:00.000Z',
      '2027-11-03T08:00:00.000Z',
    ]);
    expect(new ICAL.Event(autumn.getFirstSubcomponent('vevent')!).duration.toSeconds()).toBe(450);
  });

  it('a retro every other Thursday starts on the cadence, whatever day the file is made', () => {
    const retro: Schedule = { ...STANDUP, weekdays: [4], time: '14:00', everyWeeks: 2, from: '2027-03-04' };
    const root = parse(
      icsFile({
        events: [{ uid: 'r1', summary: 'Retro', description: '', schedule: retro, durationMinutes: 90 }],
        tasks: [],
        now: Date.parse('2027-03-08T12:00:00Z'),
        language: 'de',
      }),
    );
    expect(occurrences(root, 3)).toEqual([
      '2027-03-18T13:00:00.000Z',
      '2027-04-01T12:00:00.000Z',
      '2027-04-15T12:00:00.000Z',
    ]);
  });

  it('an action item is a task with its due date, owner and text as written, commas and all', () => {
    const root = parse(
      icsFile({
        events: [],
        tasks: [
          {
            uid: 'f00d@team-rituals.invalid',
            summary: 'Ask IT; VPN, again \\ twice',
            description: 'Owner: Ben\nAction item of Referat Z 3',
            due: '2027-01-15',
            doneAt: null,
          },
        ],
        now: Date.parse('2026-12-06T08:00:00Z'),
        language: 'en',
      }),
    );
    const todo = root.getFirstSubcomponent('vtodo')!;
    expect(todo.getFirstPropertyValue('summary')).toBe('Ask IT; VPN, again \\ twice');
    expect(todo.getFirstPropertyValue('description')).toBe('Owner: Ben\nAction item of Referat Z 3');
    expect(todo.getFirstPropertyValue('due')!.toString()).toBe('2027-01-15');
    expect(todo.getFirstPropertyValue('status')).toBe('NEEDS-ACTION');
    expect(escapeText('a,b;c\n')).toBe('a\\,b\\;c\\n');
    // A peer's text cannot add a property: a bare carriage return is a line break too.
    const injected = icsFile({
      events: [],
      tasks: [{ uid: 'u', summary: 'x\rURL:https://evil.example\u0007', description: '', due: null, doneAt: null }],
      now: 0,
      language: 'en',
    });
    const task = parse(injected).getFirstSubcomponent('vtodo')!;
    expect(task.getFirstPropertyValue('url')).toBeNull();
    expect(task.getFirstPropertyValue('summary')).toBe('x\nURL:https://evil.example');
  });

  it('a zone without daylight saving gets a fixed offset', () => {
    const root = parse(
      icsFile({
        events: [
          {
            uid: 'k1',
            summary: 'Ü'.repeat(60),
            description: '',
            schedule: { ...STANDUP, timeZone: 'Asia/Tokyo', skipHolidaysOf: null },
            durationMinutes: 15,
          },
        ],
        tasks: [],
        now: Date.parse('2027-03-24T12:00:00Z'),
        language: 'de',
      }),
    );
    expect(occurrences(root, 1)).toEqual(['2027-03-25T00:00:00.000Z']);
    expect(new ICAL.Event(root.getFirstSubcomponent('vevent')!).summary).toBe('Ü'.repeat(60));
  });
});
