// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FOCUS_NOTIFICATION_ID } from '../../extension/features/focus/announce';
import { END_ALARM, type FocusService } from '../../extension/features/focus/focus-service';
import { listenForFocusEvents } from '../../extension/features/focus/listeners';

/** A triggerable event, for the one the fake browser does not implement (commands.onCommand). */
function fakeEvent<T extends unknown[]>() {
  const listeners: ((...args: T) => void)[] = [];
  return {
    addListener: (listener: (...args: T) => void) => listeners.push(listener),
    trigger: (...args: T) => listeners.forEach((listener) => listener(...args)),
  };
}

function setup() {
  fakeBrowser.reset();
  const onCommand = fakeEvent<[string]>();
  Object.assign(fakeBrowser.commands, { onCommand });
  const focus = {
    dispatch: vi.fn(() => Promise.resolve()),
    reconcile: vi.fn(() => Promise.resolve()),
    startNextFromNotification: vi.fn(() => Promise.resolve()),
    handleRequest: vi.fn(() => Promise.resolve({ ok: true })),
  };
  listenForFocusEvents(fakeBrowser, focus as unknown as FocusService);
  return { focus, onCommand };
}

describe('focus event wiring', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('the keyboard shortcut toggles the timer; other commands do nothing', () => {
    const { focus, onCommand } = setup();
    onCommand.trigger('toggle-focus');
    onCommand.trigger('something-else');
    expect(focus.dispatch).toHaveBeenCalledExactlyOnceWith({ type: 'toggle' });
  });

  it('the timer alarms reconcile; foreign alarms are ignored', async () => {
    const { focus } = setup();
    await fakeBrowser.alarms.onAlarm.trigger({ name: END_ALARM, scheduledTime: 0, persistAcrossSessions: true });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-elses', scheduledTime: 0, persistAcrossSessions: true });
    expect(focus.reconcile).toHaveBeenCalledOnce();
  });

  it('a click on the notification or its button starts the next phase', async () => {
    const { focus } = setup();
    await fakeBrowser.notifications.onClicked.trigger(FOCUS_NOTIFICATION_ID);
    await fakeBrowser.notifications.onButtonClicked.trigger(FOCUS_NOTIFICATION_ID, 0);
    await fakeBrowser.notifications.onClicked.trigger('other');
    expect(focus.startNextFromNotification).toHaveBeenCalledTimes(2);
  });

  it('answers page requests through sendResponse and leaves the chime message to the offscreen page', async () => {
    const { focus } = setup();
    const sendResponse = vi.fn();
    const [keepOpen] = await fakeBrowser.runtime.onMessage.trigger({ kind: 'clearFocusRecords' }, {}, sendResponse);
    expect(keepOpen).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    const [forOffscreen] = await fakeBrowser.runtime.onMessage.trigger({ kind: 'playChime' }, {}, sendResponse);
    expect(forOffscreen).toBe(false);
    expect(focus.handleRequest).toHaveBeenCalledOnce();
  });

  it('reconciles when the browser starts', async () => {
    const { focus } = setup();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(focus.reconcile).toHaveBeenCalledOnce();
  });
});
