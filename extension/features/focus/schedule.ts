// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { minutesLeft } from '../../../shared/focus/format';
import { type FocusTimer, deadlineOf, focusStatus, remainingMs } from '../../../shared/focus/timer';

/** When the background must wake next: at the phase's end, and when the badge's minute changes. */
export interface FocusSchedule {
  endAt: number | null;
  badgeAt: number | null;
}

export function focusSchedule(timer: FocusTimer, now: number): FocusSchedule {
  if (!timer.run || focusStatus(timer) !== 'running') return { endAt: null, badgeAt: null };
  const endAt = deadlineOf(timer.run);
  if (endAt === null) return { endAt: null, badgeAt: null };
  const shownMinutes = minutesLeft(remainingMs(timer.run, now));
  // The badge drops from m to m-1 when exactly (m-1) minutes remain; the last drop is the end.
  const badgeAt = shownMinutes > 1 ? endAt - (shownMinutes - 1) * 60_000 : null;
  return { endAt, badgeAt };
}

/** What the toolbar badge shows for the timer. */
export interface BadgeView {
  text: string;
  color: string;
  minutes: number;
}

/** Badge colours: dark enough for white text (contrast above 4.5:1). */
export const BADGE_COLORS = { focus: '#A4262C', break: '#1E6B3A', paused: '#5F6368' } as const;

export function badgeView(timer: FocusTimer, now: number): BadgeView | null {
  if (!timer.run) return null;
  const minutes = minutesLeft(remainingMs(timer.run, now));
  const color =
    focusStatus(timer) === 'paused'
      ? BADGE_COLORS.paused
      : timer.phase === 'focus'
        ? BADGE_COLORS.focus
        : BADGE_COLORS.break;
  return { text: String(minutes), color, minutes };
}
