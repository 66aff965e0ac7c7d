// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import { MAX_LABEL_LENGTH } from './timer';

const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const phase = v.picklist(['focus', 'shortBreak', 'longBreak']);

/** Schema for the timer read back from storage. */
export const FocusTimerSchema = v.object({
  phase,
  run: v.nullable(
    v.object({
      startedAt: time,
      durationMs: v.pipe(time, v.minValue(1)),
      pausedAt: v.nullable(time),
      pausedMs: time,
    }),
  ),
  focusesInCycle: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  label: v.pipe(v.string(), v.maxLength(MAX_LABEL_LENGTH)),
});

/** Schema for the statistics read back from storage. */
export const FocusRecordsSchema = v.array(
  v.object({
    endedAt: time,
    focusedMs: time,
    completed: v.boolean(),
    label: v.pipe(v.string(), v.maxLength(MAX_LABEL_LENGTH)),
  }),
);

/** Schema for messages from extension pages to the background. */
export const FocusActionSchema = v.variant('type', [
  v.object({ type: v.literal('start'), label: v.optional(v.string()) }),
  v.object({ type: v.literal('pause') }),
  v.object({ type: v.literal('resume') }),
  v.object({ type: v.literal('toggle') }),
  v.object({ type: v.literal('skip') }),
  v.object({ type: v.literal('stop') }),
  v.object({ type: v.literal('setLabel'), label: v.string() }),
]);
