// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FOCUS_SETTINGS } from '../../../shared/focus/settings';
import { deadlineOf, elapsedMs, pauseRun, remainingMs, resumeRun, startRun } from '../../../shared/focus/timer';

const T0 = Date.UTC(2026, 10, 23, 8, 0);

describe('focus run timing', () => {
  it('given a started run, when time passes, then the remaining time falls by exactly that', () => {
    const run = startRun('focus', T0, DEFAULT_FOCUS_SETTINGS);
    expect(remainingMs(run, T0)).toBe(25 * 60_000);
    expect(remainingMs(run, T0 + 61_000)).toBe(25 * 60_000 - 61_000);
    expect(deadlineOf(run)).toBe(T0 + 25 * 60_000);
  });

  it('never gains or loses time over any sequence of pauses and resumes', () => {
    // Gaps between toggles, alternating running and paused intervals, starting with running.
    const gaps = fc.array(fc.integer({ min: 0, max: 10 * 60_000 }), { maxLength: 30 });
    fc.assert(
      fc.property(gaps, fc.integer({ min: 0, max: 3_600_000 }), (toggles, tail) => {
        let run = startRun('focus', T0, DEFAULT_FOCUS_SETTINGS);
        let now = T0;
        let runningMs = 0;
        toggles.forEach((gap, index) => {
          now += gap;
          if (index % 2 === 0) {
            runningMs += gap;
            run = pauseRun(run, now);
          } else {
            run = resumeRun(run, now);
          }
        });
        if (toggles.length % 2 === 0) runningMs += tail;
        now += tail;
        const expected = Math.max(0, run.durationMs - runningMs);
        expect(remainingMs(run, now)).toBe(expected);
        expect(elapsedMs(run, now) + remainingMs(run, now)).toBe(run.durationMs);
        // While paused the deadline is unknown; while running it is where the remaining time ends.
        const deadline = deadlineOf(run);
        if (deadline !== null && expected > 0) expect(deadline - now).toBe(expected);
      }),
    );
  });

  it('keeps remaining time within the phase even when the clock jumps backwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * T0 }), fc.integer({ min: 0, max: 2 * T0 }), (start, now) => {
        const run = startRun('shortBreak', start, DEFAULT_FOCUS_SETTINGS);
        const left = remainingMs(run, now);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left).toBeLessThanOrEqual(run.durationMs);
      }),
    );
  });

  it('pausing twice or resuming a running run changes nothing', () => {
    const run = startRun('focus', T0, DEFAULT_FOCUS_SETTINGS);
    const paused = pauseRun(run, T0 + 1000);
    expect(pauseRun(paused, T0 + 5000)).toBe(paused);
    expect(resumeRun(run, T0 + 5000)).toBe(run);
  });
});
