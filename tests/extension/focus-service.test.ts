// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FOCUS_NOTIFICATION_ID } from '../../extension/features/focus/announce';
import { BADGE_ALARM, END_ALARM, createFocusService } from '../../extension/features/focus/focus-service';
import { BADGE_COLORS } from '../../extension/features/focus/schedule';
import { focusRecordsItem, focusTimerItem, preferencesItem } from '../../extension/lib/storage';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';
import { rgba } from '../support/colors';

const T0 = Date.UTC(2026, 10, 23, 8, 0);
const MIN = 60_000;

function setup(options: { buttons?: boolean; languages?: string[]; keepStatistics?: boolean } = {}) {
  const playChime = vi.fn(() => Promise.resolve());
  const service = createFocusService({
    browser: fakeBrowser,
    now: () => Date.now(),
    languages: () => options.languages ?? ['en-GB'],
    playChime,
    notificationButtons: options.buttons ?? true,
    keepStatistics: () => Promise.resolve(options.keepStatistics ?? true),
  });
  return { service, playChime };
}

const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
  title: await fakeBrowser.action.getTitle({}),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: T0, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('focus background', () => {
  it('given a start, then the facts are stored, the end alarm is set and the badge shows the minutes', async () => {
    const { service } = setup();
    await service.dispatch({ type: 'start', label: 'Vermerk' });
    expect(await focusTimerItem.getValue()).toMatchObject({
      phase: 'focus',
      label: 'Vermerk',
      run: { startedAt: T0, durationMs: 25 * MIN, pausedAt: null, pausedMs: 0 },
    });
    expect(await fakeBrowser.alarms.get(END_ALARM)).toMatchObject({ scheduledTime: T0 + 25 * MIN });
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toMatchObject({ scheduledTime: T0 + MIN });
    expect(await badge()).toEqual({ text: '25', color: rgba(BADGE_COLORS.focus), title: 'Focus: 25 min left' });
  });

  it('when the badge alarm fires a minute later, then the badge counts down', async () => {
    const { service } = setup();
    await service.dispatch({ type: 'start' });
    vi.setSystemTime(T0 + MIN + 300);
    await service.reconcile();
    expect((await badge()).text).toBe('24');
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toMatchObject({ scheduledTime: T0 + 2 * MIN });
  });

  it('when paused, then the alarms are cleared and the badge turns grey', async () => {
    const { service } = setup({ languages: ['de-DE'] });
    await service.dispatch({ type: 'start' });
    vi.setSystemTime(T0 + 90_000);
    await service.dispatch({ type: 'pause' });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await badge()).toEqual({ text: '24', color: rgba(BADGE_COLORS.paused), title: 'Fokuszeit pausiert' });
  });

  it('when the end alarm fires, then the session is recorded, announced, and the break is ready', async () => {
    const { service, playChime } = setup();
    await service.dispatch({ type: 'start', label: 'Mail' });
    vi.setSystemTime(T0 + 25 * MIN + 800);
    await service.reconcile();
    expect(await focusRecordsItem.getValue()).toEqual([
      { endedAt: T0 + 25 * MIN, focusedMs: 25 * MIN, completed: true, label: 'Mail' },
    ]);
    expect(await focusTimerItem.getValue()).toMatchObject({ phase: 'shortBreak', run: null, focusesInCycle: 1 });
    expect(fakeBrowser.notifications.getAllCreateOptions()[FOCUS_NOTIFICATION_ID]).toMatchObject({
      title: 'Focus time is over',
      message: 'Well done. Time for a 5-minute break.',
      buttons: [{ title: 'Start break' }],
    });
    expect(playChime).toHaveBeenCalledOnce();
    expect((await badge()).text).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('with sound switched off and no notification buttons (Firefox), then it only notifies', async () => {
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, sound: false });
    const { service, playChime } = setup({ buttons: false });
    await service.dispatch({ type: 'start' });
    vi.setSystemTime(T0 + 25 * MIN);
    await service.reconcile();
    expect(playChime).not.toHaveBeenCalled();
    expect(fakeBrowser.notifications.getAllCreateOptions()[FOCUS_NOTIFICATION_ID]).not.toHaveProperty('buttons');
  });

  it('given a phase that ended while the browser was closed, then a new worker records it silently at its deadline', async () => {
    await setup().service.dispatch({ type: 'start' });
    vi.setSystemTime(T0 + 4 * 3_600_000);
    const { service, playChime } = setup(); // a fresh service worker after a restart
    await service.reconcile();
    expect(await focusRecordsItem.getValue()).toEqual([
      { endedAt: T0 + 25 * MIN, focusedMs: 25 * MIN, completed: true, label: '' },
    ]);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(playChime).not.toHaveBeenCalled();
  });

  it('given a running phase and a restarted worker that lost its alarms, then reconcile re-arms them', async () => {
    await setup().service.dispatch({ type: 'start' });
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.action.setBadgeText({ text: '' });
    vi.setSystemTime(T0 + 10 * MIN);
    await setup().service.reconcile();
    expect(await fakeBrowser.alarms.get(END_ALARM)).toMatchObject({ scheduledTime: T0 + 25 * MIN });
    expect((await badge()).text).toBe('15');
  });

  it('ends a short phase on time through its precise timer, without waiting for the clamped alarm', async () => {
    await preferencesItem.setValue({
      ...DEFAULT_PREFERENCES,
      focus: { ...DEFAULT_PREFERENCES.focus, focusMinutes: 0.1 },
    });
    const { service, playChime } = setup();
    await service.dispatch({ type: 'start' });
    await vi.advanceTimersByTimeAsync(5_999);
    expect(await focusRecordsItem.getValue()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(async () => expect(await focusRecordsItem.getValue()).toHaveLength(1));
    expect((await focusRecordsItem.getValue())[0]).toMatchObject({ endedAt: T0 + 6000, completed: true });
    expect(playChime).toHaveBeenCalledOnce();
  });

  it('keeps no statistics when the organisation says so, and deletes those kept before', async () => {
    const earlier = [{ endedAt: T0 - MIN, focusedMs: 25 * MIN, label: '', completed: true }];
    await focusRecordsItem.setValue(earlier);
    const kept = setup();
    await kept.service.applyStatisticsPolicy();
    expect(await focusRecordsItem.getValue()).toEqual(earlier);

    const { service } = setup({ keepStatistics: false });
    await service.applyStatisticsPolicy();
    expect(await focusRecordsItem.getValue()).toEqual([]);
    await service.dispatch({ type: 'start' });
    vi.setSystemTime(T0 + 25 * MIN);
    await service.reconcile();
    // The phase still ends and moves on; only no record of it is kept.
    expect(await focusTimerItem.getValue()).toMatchObject({ phase: 'shortBreak', run: null });
    expect(await focusRecordsItem.getValue()).toEqual([]);
  });

  it('keeps the service worker awake with a cheap API call while a deadline is near', async () => {
    const getPlatformInfo = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({} as never);
    await preferencesItem.setValue({
      ...DEFAULT_PREFERENCES,
      focus: { ...DEFAULT_PREFERENCES.focus, focusMinutes: 1 },
    });
    const { service } = setup();
    await service.dispatch({ type: 'start' });
    await vi.advanceTimersByTimeAsync(45_000);
    expect(getPlatformInfo).toHaveBeenCalledTimes(2);
  });

  it('when the notification cannot be shown, then the timer still moves on and the badge is cleared', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('notifications are off'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { service, playChime } = setup();
    await service.dispatch({ type: 'start' });
    vi.setSystemTime(T0 + 25 * MIN);
    await service.reconcile();
    expect(await focusTimerItem.getValue()).toMatchObject({ phase: 'shortBreak', run: null });
    expect((await badge()).text).toBe('');
    expect(playChime).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a click on the notification starts the next phase', async () => {
    const { service } = setup();
    await service.dispatch({ type: 'start' });
    vi.setSystemTime(T0 + 25 * MIN);
    await service.reconcile();
    await service.startNextFromNotification();
    expect(await focusTimerItem.getValue()).toMatchObject({ phase: 'shortBreak', run: { startedAt: T0 + 25 * MIN } });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect((await badge()).color).toEqual(rgba(BADGE_COLORS.break));
  });

  it('answers malformed messages with an error value and changes nothing', async () => {
    const { service } = setup();
    for (const message of [
      null,
      'start',
      { kind: 'focus' },
      { kind: 'focus', action: { type: 'explode' } },
      { kind: 'other' },
    ]) {
      expect(await service.handleRequest(message)).toEqual({ ok: false, error: 'invalid-request' });
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('clears the statistics on request', async () => {
    await focusRecordsItem.setValue([{ endedAt: T0, focusedMs: MIN, completed: true, label: '' }]);
    expect(await setup().service.handleRequest({ kind: 'clearFocusRecords' })).toEqual({ ok: true });
    expect(await focusRecordsItem.getValue()).toEqual([]);
  });

  it('given a damaged stored timer, then it starts over instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ focusTimer: { phase: 'lunch', run: 'soon' } });
    const { service } = setup();
    expect(await service.handleRequest({ kind: 'focus', action: { type: 'start' } })).toEqual({ ok: true });
    expect(await focusTimerItem.getValue()).toMatchObject({ phase: 'focus', run: { startedAt: T0 } });
  });

  it('runs concurrent requests one after another', async () => {
    const { service } = setup();
    await Promise.all([service.dispatch({ type: 'toggle' }), service.dispatch({ type: 'toggle' })]);
    expect(await focusTimerItem.getValue()).toMatchObject({ run: { pausedAt: T0 } });
  });
});
