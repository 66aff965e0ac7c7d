// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { FocusPhase, FocusSettings } from './settings';
import {
  type FocusTimer,
  INITIAL_FOCUS_TIMER,
  MAX_LABEL_LENGTH,
  deadlineOf,
  elapsedMs,
  focusStatus,
  nextPhase,
  pauseRun,
  resumeRun,
  startRun,
} from './timer';

/** Something a person (or a keyboard shortcut) asks the timer to do. */
export type FocusAction =
  | { type: 'start'; label?: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle' }
  | { type: 'skip' }
  | { type: 'stop' }
  | { type: 'setLabel'; label: string };

/** A phase that ended, by running out (`completed`) or by skip/stop. */
export interface PhaseEnd {
  phase: FocusPhase;
  endedAt: number;
  completed: boolean;
  /** Time actually spent in the phase. */
  spentMs: number;
  label: string;
  next: FocusPhase;
}

/** The timer after a step, and the phases that ended during it (oldest first). */
export interface FocusStep {
  timer: FocusTimer;
  ended: PhaseEnd[];
}

/** Trims a label and cuts it to the stored maximum. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').slice(0, MAX_LABEL_LENGTH);
}

function endPhase(timer: FocusTimer, endedAt: number, completed: boolean, settings: FocusSettings): PhaseEnd {
  const next = nextPhase(timer.phase, timer.focusesInCycle, settings);
  const spentMs = timer.run ? elapsedMs(timer.run, endedAt) : 0;
  return { phase: timer.phase, endedAt, completed, spentMs, label: timer.label, next };
}

function afterEnd(timer: FocusTimer, end: PhaseEnd): FocusTimer {
  const focusesInCycle =
    end.phase === 'focus' ? timer.focusesInCycle + 1 : end.phase === 'longBreak' ? 0 : timer.focusesInCycle;
  return { ...timer, phase: end.next, run: null, focusesInCycle };
}

/**
 * Completes a running phase whose deadline has passed, at its deadline (not at `now`): a phase
 * that ran out while the browser was closed is recorded when it really ended.
 */
export function settleFocus(timer: FocusTimer, now: number, settings: FocusSettings): FocusStep {
  const deadline = timer.run ? deadlineOf(timer.run) : null;
  if (deadline === null || deadline > now) return { timer, ended: [] };
  const end = endPhase(timer, deadline, true, settings);
  return { timer: afterEnd(timer, end), ended: [end] };
}

function apply(timer: FocusTimer, action: FocusAction, now: number, settings: FocusSettings): FocusStep {
  const status = focusStatus(timer);
  switch (action.type) {
    case 'start': {
      const label = action.label === undefined ? timer.label : normalizeLabel(action.label);
      if (status === 'paused') return apply({ ...timer, label }, { type: 'resume' }, now, settings);
      if (status === 'running') return { timer: { ...timer, label }, ended: [] };
      return { timer: { ...timer, label, run: startRun(timer.phase, now, settings) }, ended: [] };
    }
    case 'pause':
      return { timer: timer.run ? { ...timer, run: pauseRun(timer.run, now) } : timer, ended: [] };
    case 'resume':
      return { timer: timer.run ? { ...timer, run: resumeRun(timer.run, now) } : timer, ended: [] };
    case 'toggle': {
      const type = status === 'ready' ? 'start' : status === 'running' ? 'pause' : 'resume';
      return apply(timer, { type }, now, settings);
    }
    case 'skip': {
      const end = endPhase(timer, now, false, settings);
      const next = afterEnd(timer, end);
      const run = status === 'running' ? startRun(next.phase, now, settings) : null;
      return { timer: { ...next, run }, ended: [end] };
    }
    case 'stop': {
      const ended = status === 'ready' ? [] : [endPhase(timer, now, false, settings)];
      return { timer: { ...INITIAL_FOCUS_TIMER, label: timer.label }, ended };
    }
    case 'setLabel':
      return { timer: { ...timer, label: normalizeLabel(action.label) }, ended: [] };
  }
}

/** Applies an action at `now`, first completing a phase that ran out before it. */
export function applyFocusAction(
  timer: FocusTimer,
  action: FocusAction,
  now: number,
  settings: FocusSettings,
): FocusStep {
  const settled = settleFocus(timer, now, settings);
  const step = apply(settled.timer, action, now, settings);
  return { timer: step.timer, ended: [...settled.ended, ...step.ended] };
}

/**
 * A phase end is announced (notification, sound) only if it is fresh; one that passed while the
 * browser was closed is recorded silently instead of being announced late as if it were new.
 */
export const ANNOUNCE_GRACE_MS = 60_000;

export function shouldAnnounce(end: PhaseEnd, now: number): boolean {
  return end.completed && now - end.endedAt <= ANNOUNCE_GRACE_MS;
}
