import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FOCUS_NOTIFICATION_ID } from '../../features/focus/announce';
import { TOGGLE_COMMAND } from '../../features/focus/commands';
import { BADGE_ALARM, END_ALARM, createFocusService } from '../../features/focus/focus-service';
import { createChimePlayer } from '../../features/focus/sound';

export default defineBackground(() => {
  const focus = createFocusService({
    browser,
    now: () => Date.now(),
    languages: () => navigator.languages,
    playChime: createChimePlayer(browser),
    notificationButtons: !import.meta.env.FIREFOX,
  });

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
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

  // Every wake re-derives the timer from stored facts: alarms may be lost on restart.
  void focus.reconcile();
});
