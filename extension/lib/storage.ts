// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { storage } from 'wxt/utils/storage';
import type { FocusRecord } from '../../shared/focus/stats';
import { type FocusTimer, INITIAL_FOCUS_TIMER } from '../../shared/focus/timer';
import type { Preferences } from '../../shared/preferences';
import { INITIAL_PREFERENCES } from './build-mode';
import type { TeamRecord } from './records';

/** A person's settings. Written by the options page, read everywhere. */
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: INITIAL_PREFERENCES,
  version: 1,
});

/** The focus timer's facts. Written only by the background. */
export const focusTimerItem = storage.defineItem<FocusTimer>('local:focusTimer', {
  fallback: INITIAL_FOCUS_TIMER,
  version: 1,
});

/** Ended focus phases for the statistics. Written only by the background. */
export const focusRecordsItem = storage.defineItem<FocusRecord[]>('local:focusRecords', {
  fallback: [],
  version: 1,
});

/** The teams of this browser (read by the background; pages use them through `LocalStore`). */
export const teamsItem = storage.defineItem<TeamRecord[]>('local:teams', { fallback: [], version: 1 });

/** Items of my "today" answer, offered as focus-session labels on that day. */
export const todayPlanItem = storage.defineItem<{ date: string; items: string[] } | null>('local:todayPlan', {
  fallback: null,
  version: 1,
});

/** Stand-up reminders this device opted in to, by team board id (`shared/team/reminders.ts`). */
export const remindersItem = storage.defineItem<unknown>('local:reminders', { fallback: {}, version: 1 });

/** Per team, the last stand-up this device reminded of (so that none is reminded twice). */
export const remindersSentItem = storage.defineItem<Record<string, number>>('local:remindersSent', {
  fallback: {},
  version: 1,
});
