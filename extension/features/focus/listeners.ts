// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BrowserApi } from '../../lib/browser-api';
import { FOCUS_NOTIFICATION_ID } from './announce';
import { TOGGLE_COMMAND } from './commands';
import { BADGE_ALARM, END_ALARM, type FocusService } from './focus-service';

/** Connects the focus timer to the browser's events: messages, alarms, notifications, shortcut. */
export function listenForFocusEvents(browser: BrowserApi, focus: FocusService): void {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    // The chime request is for the offscreen document, not for the background.
    if ((message as { kind?: unknown } | null)?.kind === 'playChime') return false;
    void focus.handleRequest(message).then(sendResponse);
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === END_ALARM || alarm.name === BADGE_ALARM) void focus.reconcile();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === FOCUS_NOTIFICATION_ID) void focus.startNextFromNotification();
  });
  browser.notifications.onButtonClicked?.addListener((id) => {
    if (id === FOCUS_NOTIFICATION_ID) void focus.startNextFromNotification();
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === TOGGLE_COMMAND) void focus.dispatch({ type: 'toggle' });
  });
  browser.runtime.onStartup.addListener(() => void focus.reconcile());
}
