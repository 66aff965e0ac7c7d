// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import type { BrowserApi } from '../../lib/browser-api';
import { storage } from 'wxt/utils/storage';
import {
  type FocusAction,
  type FocusStep,
  type PhaseEnd,
  applyFocusAction,
  settleFocus,
  shouldAnnounce,
} from '../../../shared/focus/machine';
import { appendRecords, recordsFromEnds } from '../../../shared/focus/stats';
import { type FocusTimer, focusStatus } from '../../../shared/focus/timer';
import { createTranslator, resolveLocale } from '../../../shared/i18n/locale';
import type { Preferences } from '../../../shared/preferences';
import { type BackgroundResponse, BackgroundRequestSchema } from '../../lib/runtime-messages';
import { parseFocusRecords, parseFocusTimer, parsePreferences } from '../../lib/records';
import { focusRecordsItem, focusTimerItem, preferencesItem } from '../../lib/storage';
import { FOCUS_NOTIFICATION_ID, notifyPhaseEnd } from './announce';
import { renderBadge } from './badge';
import { focusSchedule } from './schedule';

export const END_ALARM = 'focus-end';
export const BADGE_ALARM = 'focus-badge';

/**
 * Chrome clamps alarms of packed MV3 extensions to at least 30 s and may deliver them late, so
 * within this window before the deadline the background also keeps a precise in-memory timer and
 * keeps itself awake with a cheap API call (each call resets the service worker's idle timer).
 */
export const PRECISE_WINDOW_MS = 65_000;
const KEEPALIVE_INTERVAL_MS = 20_000;

export interface FocusServiceDeps {
  browser: BrowserApi;
  now: () => number;
  languages: () => readonly string[];
  playChime: () => Promise<void>;
  notificationButtons: boolean;
  /** Whether the organisation lets personal focus statistics be kept (`keepFocusStatistics`). */
  keepStatistics: () => Promise<boolean>;
}

/** The personal focus timer's background logic: the only writer of its state. */
export function createFocusService(deps: FocusServiceDeps) {
  const { browser, now } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  let precise: { timeout: ReturnType<typeof setTimeout>; keepalive: ReturnType<typeof setInterval> } | null = null;

  /** Runs tasks one after another so that no two read-modify-write the timer at once. */
  function serialize<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  async function load(): Promise<{ timer: FocusTimer; preferences: Preferences }> {
    const [timer, preferences] = await Promise.all([focusTimerItem.getValue(), preferencesItem.getValue()]);
    return { timer: parseFocusTimer(timer), preferences: parsePreferences(preferences) };
  }

  function translator(preferences: Preferences) {
    return createTranslator(resolveLocale(preferences.language, deps.languages()));
  }

  async function commit(before: FocusTimer, step: FocusStep, preferences: Preferences, at: number) {
    const added = recordsFromEnds(step.ended);
    if (added.length > 0 && (await deps.keepStatistics())) {
      const records = parseFocusRecords(await focusRecordsItem.getValue());
      // One write for both keys: a crash between them can neither lose nor double a record.
      await storage.setItems([
        { item: focusTimerItem, value: step.timer },
        { item: focusRecordsItem, value: appendRecords(records, added, at) },
      ]);
    } else if (step.timer !== before) {
      await focusTimerItem.setValue(step.timer);
    }
    const t = translator(preferences);
    const fresh = step.ended.filter((end) => shouldAnnounce(end, at)).at(-1);
    if (fresh) await announce(fresh, preferences, t);
    await reschedule(step.timer, at, t);
  }

  /** Notification and chime; a failure here must not keep the timer from being rescheduled. */
  async function announce(end: PhaseEnd, preferences: Preferences, t: ReturnType<typeof translator>) {
    try {
      await notifyPhaseEnd(browser, end, preferences, t, deps.notificationButtons);
    } catch (error) {
      console.warn('focus: notification failed', error);
    }
    // Not awaited: the chime fades for about two seconds and nothing needs to wait for it.
    if (preferences.sound) void deps.playChime().catch((error: unknown) => console.warn('focus: chime failed', error));
  }

  async function reschedule(timer: FocusTimer, at: number, t: ReturnType<typeof translator>) {
    const { endAt, badgeAt } = focusSchedule(timer, at);
    await (endAt === null ? browser.alarms.clear(END_ALARM) : browser.alarms.create(END_ALARM, { when: endAt }));
    await (badgeAt === null
      ? browser.alarms.clear(BADGE_ALARM)
      : browser.alarms.create(BADGE_ALARM, { when: badgeAt }));
    armPreciseTimer(endAt, at);
    await renderBadge(browser, timer, at, t);
  }

  function armPreciseTimer(endAt: number | null, at: number) {
    if (precise) {
      clearTimeout(precise.timeout);
      clearInterval(precise.keepalive);
      precise = null;
    }
    if (endAt === null || endAt - at > PRECISE_WINDOW_MS) return;
    const keepalive = setInterval(() => void browser.runtime.getPlatformInfo(), KEEPALIVE_INTERVAL_MS);
    const timeout = setTimeout(() => void reconcile(), Math.max(0, endAt - at));
    precise = { timeout, keepalive };
  }

  /** Applies a person's action to the timer. */
  function dispatch(action: FocusAction): Promise<FocusTimer> {
    return serialize(async () => {
      const { timer, preferences } = await load();
      const at = now();
      const step = applyFocusAction(timer, action, at, preferences.focus);
      await commit(timer, step, preferences, at);
      return step.timer;
    });
  }

  /** Brings everything in line with the stored facts: completes an ended phase, re-arms alarms. */
  function reconcile(): Promise<FocusTimer> {
    return serialize(async () => {
      const { timer, preferences } = await load();
      const at = now();
      const step = settleFocus(timer, at, preferences.focus);
      await commit(timer, step, preferences, at);
      return step.timer;
    });
  }

  /** A click on the notification or its button starts the next phase, if nothing runs yet. */
  async function startNextFromNotification(): Promise<void> {
    await browser.notifications.clear(FOCUS_NOTIFICATION_ID);
    const { timer } = await serialize(load);
    if (focusStatus(timer) === 'ready') await dispatch({ type: 'start' });
  }

  /** Answers a runtime message from an extension page; anything malformed gets an error value. */
  async function handleRequest(message: unknown): Promise<BackgroundResponse> {
    const parsed = v.safeParse(BackgroundRequestSchema, message);
    if (!parsed.success) return { ok: false, error: 'invalid-request' };
    try {
      if (parsed.output.kind === 'focus') await dispatch(parsed.output.action);
      else await serialize(() => focusRecordsItem.setValue([]));
      return { ok: true };
    } catch {
      return { ok: false, error: 'failed' };
    }
  }

  /** Deletes the kept statistics if the organisation does not allow keeping them (now or since). */
  async function applyStatisticsPolicy(): Promise<void> {
    if (await deps.keepStatistics()) return;
    await serialize(async () => {
      if (parseFocusRecords(await focusRecordsItem.getValue()).length > 0) await focusRecordsItem.setValue([]);
    });
  }

  return { dispatch, reconcile, startNextFromNotification, handleRequest, applyStatisticsPolicy };
}

export type FocusService = ReturnType<typeof createFocusService>;
