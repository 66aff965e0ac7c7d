import { describe, expect, it } from 'vitest';
import { parseFocusRecords, parsePreferences } from '../../extension/lib/storage';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';

describe('stored records are validated on read', () => {
  it('a damaged preference field falls back alone; the others are kept', () => {
    const stored = { language: 'de', sound: 'loud', focus: { ...DEFAULT_PREFERENCES.focus, focusMinutes: 50 } };
    expect(parsePreferences(stored)).toEqual({
      language: 'de',
      sound: DEFAULT_PREFERENCES.sound,
      focus: { ...DEFAULT_PREFERENCES.focus, focusMinutes: 50 },
    });
    expect(parsePreferences('garbage')).toEqual(DEFAULT_PREFERENCES);
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
