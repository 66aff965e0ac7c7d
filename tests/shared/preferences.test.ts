// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FOCUS_SETTINGS } from '../../shared/focus/settings';
import { focusFormOf, validateFocusForm } from '../../shared/preferences';

const valid = focusFormOf(DEFAULT_FOCUS_SETTINGS);

describe('focus settings form', () => {
  it('accepts the defaults and a German decimal comma', () => {
    expect(validateFocusForm(valid)).toEqual({ ok: true, value: DEFAULT_FOCUS_SETTINGS });
    expect(validateFocusForm({ ...valid, shortBreakMinutes: ' 2,5 ' })).toMatchObject({
      ok: true,
      value: { shortBreakMinutes: 2.5 },
    });
  });

  it('refuses out-of-range, non-numeric and fractional input with a message per field', () => {
    const result = validateFocusForm({
      focusMinutes: '0',
      shortBreakMinutes: 'fünf',
      longBreakMinutes: '181',
      longBreakEvery: '2.5',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        focusMinutes: { key: 'options.errorRange', args: [1, 180] },
        shortBreakMinutes: { key: 'options.errorNumber', args: [] },
        longBreakMinutes: { key: 'options.errorRange', args: [1, 180] },
        longBreakEvery: { key: 'options.errorWhole', args: [] },
      },
    });
  });

  it('refuses anything that is not a plain non-negative number', () => {
    for (const text of ['', ' ', '-5', '1e2', '0x10', '25min', 'NaN', 'Infinity', '1.2.3']) {
      expect(validateFocusForm({ ...valid, focusMinutes: text }).ok, text).toBe(false);
    }
  });

  it('accepts exactly the whole minutes from 1 to 180', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (minutes) => {
        const result = validateFocusForm({ ...valid, focusMinutes: String(minutes) });
        expect(result.ok).toBe(minutes >= 1 && minutes <= 180);
      }),
    );
  });
});

describe('the sync server address', () => {
  it('accepts https anywhere and http only on this computer, normalised', async () => {
    const { normalizeServer } = await import('../../shared/preferences');
    expect(normalizeServer(' https://Sync.Example.org/ ')).toBe('https://sync.example.org');
    expect(normalizeServer('https://intranet.bund.de:8443/rituals/')).toBe('https://intranet.bund.de:8443/rituals');
    expect(normalizeServer('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(normalizeServer('http://localhost:8787/')).toBe('http://localhost:8787');
    for (const bad of [
      'http://sync.example.org',
      'ftp://x',
      'https://user:pw@x.org',
      'https://x.org/?a=1',
      'https://x.org#f',
      'sync.example.org',
      'https://x.org:99999',
      '',
    ]) {
      expect(normalizeServer(bad), bad).toBeNull();
    }
  });
});
