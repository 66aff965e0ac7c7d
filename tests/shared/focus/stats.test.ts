// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { focusRecordsToJson } from '../../../shared/focus/export';
import {
  type FocusRecord,
  RECORD_RETENTION_DAYS,
  appendRecords,
  recordsFromEnds,
  startOfWeek,
  summarizeFocus,
} from '../../../shared/focus/stats';

beforeAll(() => {
  // Day and week boundaries are local; pin the zone our users live in.
  process.env.TZ = 'Europe/Berlin';
});

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const record = (endedAt: number, minutes: number, completed = true): FocusRecord => ({
  endedAt,
  focusedMs: minutes * 60_000,
  completed,
  label: '',
});

describe('focus statistics', () => {
  it('given sessions this week and before, then today and the week (from Monday) are counted apart', () => {
    // Wednesday 25 November 2026.
    const now = local(2026, 11, 25, 15);
    const records = [
      record(local(2026, 11, 22, 20), 25), // Sunday: last week
      record(local(2026, 11, 23, 0, 5), 25), // Monday just after midnight: this week
      record(local(2026, 11, 24, 9), 25),
      record(local(2026, 11, 25, 0, 1), 25), // today
      record(local(2026, 11, 25, 10), 12, false), // stopped early: minutes count, session does not
    ];
    expect(summarizeFocus(records, now)).toEqual({
      today: { sessions: 1, minutes: 37 },
      week: { sessions: 3, minutes: 87 },
    });
  });

  it('starts the week on Monday even across a daylight-saving change', () => {
    // Sunday 1 November 2026 is a week after the switch back to winter time.
    expect(new Date(startOfWeek(local(2026, 11, 1))).getDay()).toBe(1);
    expect(startOfWeek(local(2026, 10, 28))).toBe(local(2026, 10, 26, 0));
  });

  it('keeps only focus phases with time spent as records', () => {
    const base = { endedAt: 1, completed: true, label: 'x', next: 'focus' as const };
    expect(
      recordsFromEnds([
        { ...base, phase: 'focus', spentMs: 5 },
        { ...base, phase: 'shortBreak', spentMs: 5 },
        { ...base, phase: 'focus', spentMs: 0 },
      ]),
    ).toEqual([{ endedAt: 1, focusedMs: 5, completed: true, label: 'x' }]);
  });

  it('drops records older than the retention period when appending', () => {
    const now = local(2026, 11, 25);
    const old = record(now - (RECORD_RETENTION_DAYS + 1) * 86_400_000, 25);
    const recent = record(now - 86_400_000, 25);
    expect(appendRecords([old, recent], [record(now, 5)], now)).toEqual([recent, record(now, 5)]);
  });
});

describe('focus statistics export', () => {
  it('writes JSON with a format marker and ISO times', () => {
    const json: unknown = JSON.parse(focusRecordsToJson([record(Date.UTC(2026, 10, 23), 25)], Date.UTC(2026, 10, 24)));
    expect(json).toEqual({
      format: 'team-rituals.focus-statistics',
      version: 1,
      exportedAt: '2026-11-24T00:00:00.000Z',
      sessions: [{ endedAt: '2026-11-23T00:00:00.000Z', focusedMs: 1_500_000, completed: true, label: '' }],
    });
  });
});
