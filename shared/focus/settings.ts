// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';

/** The phases of a focus cycle. */
export type FocusPhase = 'focus' | 'shortBreak' | 'longBreak';

/** Lengths of the phases in minutes and how many focus phases precede a long break. */
export interface FocusSettings {
  focusMinutes: number;
  shortBreakMinutes: number;
  longBreakMinutes: number;
  longBreakEvery: number;
}

/** Bounds a person may choose in the options page. */
export const MINUTES_RANGE = { min: 1, max: 180 } as const;
export const LONG_BREAK_EVERY_RANGE = { min: 2, max: 12 } as const;

/**
 * Stored lengths may be shorter than the options page offers (down to 3 s), so that tests and
 * demos can run short phases by writing storage directly; the form only accepts 1–180 minutes.
 */
const STORED_MIN_MINUTES = 0.05;

export const DEFAULT_FOCUS_SETTINGS: FocusSettings = {
  focusMinutes: 25,
  shortBreakMinutes: 5,
  longBreakMinutes: 15,
  longBreakEvery: 4,
};

const storedMinutes = v.pipe(v.number(), v.minValue(STORED_MIN_MINUTES), v.maxValue(MINUTES_RANGE.max));

/** Schema for settings read back from storage. */
export const FocusSettingsSchema = v.object({
  focusMinutes: storedMinutes,
  shortBreakMinutes: storedMinutes,
  longBreakMinutes: storedMinutes,
  longBreakEvery: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(LONG_BREAK_EVERY_RANGE.min),
    v.maxValue(LONG_BREAK_EVERY_RANGE.max),
  ),
});

/** Length of a phase in milliseconds, rounded to whole milliseconds. */
export function phaseDurationMs(settings: FocusSettings, phase: FocusPhase): number {
  const minutes = {
    focus: settings.focusMinutes,
    shortBreak: settings.shortBreakMinutes,
    longBreak: settings.longBreakMinutes,
  }[phase];
  return Math.round(minutes * 60_000);
}
