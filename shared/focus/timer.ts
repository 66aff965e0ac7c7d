// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type FocusPhase, type FocusSettings, phaseDurationMs } from './settings';

/**
 * A running or paused phase, stored as facts: when it started, how long it lasts, and how long it
 * has been paused. Remaining time is always derived from these and the clock, never stored.
 */
export interface FocusRun {
  startedAt: number;
  durationMs: number;
  /** When the current pause began; null while running. */
  pausedAt: number | null;
  /** Total length of earlier, finished pauses. */
  pausedMs: number;
}

/** The whole personal timer: the current (or next) phase and, if it was started, its run. */
export interface FocusTimer {
  phase: FocusPhase;
  run: FocusRun | null;
  /** Focus phases finished since the last long break. */
  focusesInCycle: number;
  label: string;
}

export type FocusStatus = 'ready' | 'running' | 'paused';

export const INITIAL_FOCUS_TIMER: FocusTimer = { phase: 'focus', run: null, focusesInCycle: 0, label: '' };

export const MAX_LABEL_LENGTH = 120;

/** Whether the timer waits to be started, counts down, or is paused. */
export function focusStatus(timer: FocusTimer): FocusStatus {
  if (!timer.run) return 'ready';
  return timer.run.pausedAt === null ? 'running' : 'paused';
}

/** Time the run has counted down, within [0, durationMs] even if the clock went backwards. */
export function elapsedMs(run: FocusRun, now: number): number {
  const until = run.pausedAt ?? now;
  return clamp(until - run.startedAt - run.pausedMs, 0, run.durationMs);
}

/** Time left in the run, within [0, durationMs]. */
export function remainingMs(run: FocusRun, now: number): number {
  return run.durationMs - elapsedMs(run, now);
}

/** When a running phase ends; null while paused. */
export function deadlineOf(run: FocusRun): number | null {
  return run.pausedAt === null ? run.startedAt + run.pausedMs + run.durationMs : null;
}

/** The phase that follows `phase`, given how many focus phases the cycle has seen. */
export function nextPhase(phase: FocusPhase, focusesInCycle: number, settings: FocusSettings): FocusPhase {
  if (phase !== 'focus') return 'focus';
  return focusesInCycle + 1 >= settings.longBreakEvery ? 'longBreak' : 'shortBreak';
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function startRun(phase: FocusPhase, now: number, settings: FocusSettings): FocusRun {
  return { startedAt: now, durationMs: phaseDurationMs(settings, phase), pausedAt: null, pausedMs: 0 };
}

export function pauseRun(run: FocusRun, now: number): FocusRun {
  if (run.pausedAt !== null) return run;
  return { ...run, pausedAt: clamp(now, run.startedAt, Number.MAX_SAFE_INTEGER) };
}

export function resumeRun(run: FocusRun, now: number): FocusRun {
  if (run.pausedAt === null) return run;
  return { ...run, pausedAt: null, pausedMs: run.pausedMs + Math.max(0, now - run.pausedAt) };
}
