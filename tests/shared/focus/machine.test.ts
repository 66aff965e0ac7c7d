// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ANNOUNCE_GRACE_MS,
  type FocusAction,
  type PhaseEnd,
  applyFocusAction,
  settleFocus,
  shouldAnnounce,
} from '../../../shared/focus/machine';
import { FocusTimerSchema } from '../../../shared/focus/schemas';
import { DEFAULT_FOCUS_SETTINGS, type FocusSettings } from '../../../shared/focus/settings';
import {
  type FocusTimer,
  INITIAL_FOCUS_TIMER,
  MAX_LABEL_LENGTH,
  deadlineOf,
  focusStatus,
  remainingMs,
} from '../../../shared/focus/timer';

const T0 = Date.UTC(2026, 10, 23, 8, 0);
const settings = DEFAULT_FOCUS_SETTINGS;
const MIN = 60_000;

function run(
  actions: [FocusAction, number][],
  from: FocusTimer = INITIAL_FOCUS_TIMER,
  with_: FocusSettings = settings,
) {
  let timer = from;
  const ended: PhaseEnd[] = [];
  for (const [action, at] of actions) {
    const step = applyFocusAction(timer, action, at, with_);
    timer = step.timer;
    ended.push(...step.ended);
  }
  return { timer, ended };
}

describe('focus state machine', () => {
  it('given a ready timer, when started, then it runs the focus phase with its label', () => {
    const { timer } = run([[{ type: 'start', label: '  Draft   the memo ' }, T0]]);
    expect(focusStatus(timer)).toBe('running');
    expect(timer.label).toBe('Draft the memo');
    expect(timer.run).toEqual({ startedAt: T0, durationMs: 25 * MIN, pausedAt: null, pausedMs: 0 });
  });

  it('given a running focus, when its deadline passes, then it completes at the deadline and a break is ready', () => {
    const { timer } = run([[{ type: 'start' }, T0]]);
    const late = T0 + 3 * 3_600_000;
    const step = settleFocus(timer, late, settings);
    expect(step.ended).toEqual([
      { phase: 'focus', endedAt: T0 + 25 * MIN, completed: true, spentMs: 25 * MIN, label: '', next: 'shortBreak' },
    ]);
    expect(step.timer).toMatchObject({ phase: 'shortBreak', run: null, focusesInCycle: 1 });
    expect(settleFocus(step.timer, late + 1, settings).ended).toEqual([]);
  });

  it('announces a fresh end but records a long-missed one silently', () => {
    const { timer } = run([[{ type: 'start' }, T0]]);
    const deadline = T0 + 25 * MIN;
    const [fresh] = settleFocus(timer, deadline + 1500, settings).ended;
    const [missed] = settleFocus(timer, deadline + ANNOUNCE_GRACE_MS + 1, settings).ended;
    expect(shouldAnnounce(fresh!, deadline + 1500)).toBe(true);
    expect(shouldAnnounce(missed!, deadline + ANNOUNCE_GRACE_MS + 1)).toBe(false);
  });

  it('offers a long break after every fourth focus, then starts a new cycle', () => {
    let timer = INITIAL_FOCUS_TIMER;
    const phases: string[] = [];
    let now = T0;
    for (let i = 0; i < 8; i++) {
      timer = applyFocusAction(timer, { type: 'start' }, now, settings).timer;
      now = deadlineOf(timer.run!)!;
      timer = settleFocus(timer, now, settings).timer;
      phases.push(timer.phase);
    }
    expect(phases).toEqual(['shortBreak', 'focus', 'shortBreak', 'focus', 'shortBreak', 'focus', 'longBreak', 'focus']);
    expect(timer.focusesInCycle).toBe(0);
  });

  it('skip while running ends the phase early and starts the next one at once', () => {
    const { timer, ended } = run([
      [{ type: 'start' }, T0],
      [{ type: 'skip' }, T0 + 10 * MIN],
    ]);
    expect(ended).toMatchObject([{ phase: 'focus', completed: false, spentMs: 10 * MIN }]);
    expect(timer.phase).toBe('shortBreak');
    expect(timer.run?.startedAt).toBe(T0 + 10 * MIN);
  });

  it('stop ends the run, keeps the time spent, and resets the cycle', () => {
    const { timer, ended } = run([
      [{ type: 'start', label: 'Mail' }, T0],
      [{ type: 'pause' }, T0 + 5 * MIN],
      [{ type: 'stop' }, T0 + 20 * MIN],
    ]);
    expect(ended).toMatchObject([{ phase: 'focus', completed: false, spentMs: 5 * MIN, label: 'Mail' }]);
    expect(timer).toEqual({ ...INITIAL_FOCUS_TIMER, label: 'Mail' });
  });

  it('toggle starts, pauses and resumes', () => {
    const statuses = [T0, T0 + MIN, T0 + 2 * MIN].map((_, i, times) =>
      focusStatus(run(times.slice(0, i + 1).map((at) => [{ type: 'toggle' }, at])).timer),
    );
    expect(statuses).toEqual(['running', 'paused', 'running']);
  });

  it('an action after a missed deadline first completes the phase at the deadline', () => {
    const { timer, ended } = run([
      [{ type: 'start' }, T0],
      [{ type: 'pause' }, T0 + 30 * MIN],
    ]);
    expect(ended).toMatchObject([{ phase: 'focus', endedAt: T0 + 25 * MIN, completed: true }]);
    expect(focusStatus(timer)).toBe('ready');
  });
});

const actionArb: fc.Arbitrary<FocusAction> = fc.oneof(
  fc.record({
    type: fc.constant('start' as const),
    label: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
  }),
  fc.constantFrom<FocusAction>(
    { type: 'pause' },
    { type: 'resume' },
    { type: 'toggle' },
    { type: 'skip' },
    { type: 'stop' },
  ),
  fc.record({ type: fc.constant('setLabel' as const), label: fc.string({ maxLength: 300 }) }),
);

const settingsArb: fc.Arbitrary<FocusSettings> = fc.record({
  focusMinutes: fc.integer({ min: 1, max: 180 }),
  shortBreakMinutes: fc.integer({ min: 1, max: 180 }),
  longBreakMinutes: fc.integer({ min: 1, max: 180 }),
  longBreakEvery: fc.integer({ min: 2, max: 12 }),
});

function expectValid(timer: FocusTimer, now: number, with_: FocusSettings) {
  expect(v.is(FocusTimerSchema, timer)).toBe(true);
  expect(timer.label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
  expect(timer.focusesInCycle).toBeLessThanOrEqual(with_.longBreakEvery);
  if (timer.run) {
    expect(timer.run.pausedMs).toBeGreaterThanOrEqual(0);
    if (timer.run.pausedAt !== null) expect(timer.run.pausedAt).toBeGreaterThanOrEqual(timer.run.startedAt);
    const left = remainingMs(timer.run, now);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThanOrEqual(timer.run.durationMs);
  }
}

describe('focus state machine properties', () => {
  it('any sequence of actions at any times yields a valid, storable state', () => {
    const steps = fc.array(fc.tuple(actionArb, fc.integer({ min: 0, max: 4 * T0 })), { maxLength: 40 });
    fc.assert(
      fc.property(settingsArb, steps, (with_, sequence) => {
        let timer = INITIAL_FOCUS_TIMER;
        for (const [action, at] of sequence) {
          timer = applyFocusAction(timer, action, at, with_).timer;
          expectValid(timer, at, with_);
        }
      }),
    );
  });

  it('with a forward clock, recorded focus time never exceeds the wall time and ends are in order', () => {
    const steps = fc.array(fc.tuple(actionArb, fc.integer({ min: 0, max: 90 * MIN })), { maxLength: 40 });
    fc.assert(
      fc.property(settingsArb, steps, (with_, sequence) => {
        let timer = INITIAL_FOCUS_TIMER;
        let now = T0;
        const ends: PhaseEnd[] = [];
        for (const [action, gap] of sequence) {
          now += gap;
          const step = applyFocusAction(timer, action, now, with_);
          timer = step.timer;
          ends.push(...step.ended);
        }
        ends.push(...settleFocus(timer, now, with_).ended);
        const spent = ends.reduce((sum, end) => sum + end.spentMs, 0);
        expect(spent).toBeLessThanOrEqual(now - T0);
        ends.forEach((end, i) => {
          expect(end.endedAt).toBeLessThanOrEqual(now);
          if (i > 0) expect(end.endedAt).toBeGreaterThanOrEqual(ends[i - 1]!.endedAt);
        });
      }),
    );
  });

  it('settling is idempotent', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 0, max: 500 * MIN }), (with_, later) => {
        const started = applyFocusAction(INITIAL_FOCUS_TIMER, { type: 'start' }, T0, with_).timer;
        const once = settleFocus(started, T0 + later, with_);
        const twice = settleFocus(once.timer, T0 + later, with_);
        expect(twice.timer).toBe(once.timer);
        expect(twice.ended).toEqual([]);
      }),
    );
  });
});
