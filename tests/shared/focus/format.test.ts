// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { formatClock, minutesLeft } from '../../../shared/focus/format';

describe('countdown formatting', () => {
  it('rounds seconds up so 0:00 shows only at the end', () => {
    expect(formatClock(25 * 60_000)).toBe('25:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(180 * 60_000)).toBe('3:00:00');
    expect(formatClock(61 * 60_000 + 5000)).toBe('1:01:05');
  });

  it('shows whole minutes left on the badge, rounded up', () => {
    expect(minutesLeft(25 * 60_000)).toBe(25);
    expect(minutesLeft(24 * 60_000 + 1)).toBe(25);
    expect(minutesLeft(1)).toBe(1);
    expect(minutesLeft(0)).toBe(0);
  });
});
