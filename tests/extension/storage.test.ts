// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { parseFocusRecords, parsePreferences, parseTeams, parseTodayPlan } from '../../extension/lib/records';
import { INITIAL_PREFERENCES } from '../../extension/lib/build-mode';

describe('stored records are validated on read', () => {
  it('a damaged preference field falls back alone; the others are kept', () => {
    const stored = { language: 'de', sound: 'loud', focus: { ...INITIAL_PREFERENCES.focus, focusMinutes: 50 } };
    expect(parsePreferences(stored)).toEqual({
      ...INITIAL_PREFERENCES,
      language: 'de',
      focus: { ...INITIAL_PREFERENCES.focus, focusMinutes: 50 },
    });
    expect(parsePreferences('garbage')).toEqual(INITIAL_PREFERENCES);
  });

  it('a damaged statistics entry is dropped; the valid ones are kept', () => {
    const good = { endedAt: 1, focusedMs: 60_000, completed: true, label: 'ok' };
    expect(parseFocusRecords([good, { endedAt: 'x' }, null, { ...good, label: 'b' }])).toEqual([
      good,
      { ...good, label: 'b' },
    ]);
    expect(parseFocusRecords({ not: 'an array' })).toEqual([]);
  });
});

describe('stored preferences of an earlier version', () => {
  it('gain the sync server and notification fields with their defaults; the rest is kept', () => {
    // Version 1 as the focus-timer release stored it, before teams existed.
    const stored = { language: 'de', sound: false, focus: { ...INITIAL_PREFERENCES.focus, focusMinutes: 50 } };
    expect(parsePreferences(stored)).toEqual({
      ...INITIAL_PREFERENCES,
      language: 'de',
      sound: false,
      focus: { ...INITIAL_PREFERENCES.focus, focusMinutes: 50 },
      server: 'http://127.0.0.1:8787',
      notifyStandup: false,
    });
  });

  it('of November 2026 (before retention was a setting) read as "not chosen"', () => {
    const stored = {
      language: 'en',
      sound: true,
      focus: INITIAL_PREFERENCES.focus,
      server: 'https://sync.example.org',
      notifyStandup: true,
    };
    expect(parsePreferences(stored)).toEqual({ ...stored, retentionDays: null });
    expect(parsePreferences({ ...stored, retentionDays: 30 }).retentionDays).toBe(30);
    expect(parsePreferences({ ...stored, retentionDays: 0 })).toEqual({ ...stored, retentionDays: null });
  });
});

describe('stored teams', () => {
  it('keeps valid team records and drops a damaged one alone', () => {
    const good = {
      boardId: 'a'.repeat(32),
      server: 'https://sync.example.org',
      role: 'edit',
      secret: 'A'.repeat(43),
      memberId: '0123456789abcdef',
      memberName: 'Anna',
      teamName: 'Referat Z 3',
      creator: true,
      joinedAt: 1,
    };
    expect(parseTeams([good, { ...good, secret: 'short' }, null, 'x'])).toEqual([good]);
    expect(parseTeams('garbage')).toEqual([]);
  });

  it('offers only today’s plan as focus labels', () => {
    expect(parseTodayPlan({ date: '2026-11-23', items: ['Memo', 3, 'Call'] }, '2026-11-23')).toEqual(['Memo', 'Call']);
    expect(parseTodayPlan({ date: '2026-11-22', items: ['Memo'] }, '2026-11-23')).toEqual([]);
  });
});
