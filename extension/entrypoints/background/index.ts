// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createFocusService } from '../../features/focus/focus-service';
import { listenForFocusEvents } from '../../features/focus/listeners';
import { createChimePlayer } from '../../features/focus/sound';
import { listenForInviteLinks } from '../../features/team/invite-links';
import { createReminderService, listenForReminders } from '../../features/reminders/reminder-service';
import { readManaged, watchManaged } from '../../lib/managed';

export default defineBackground(() => {
  const focus = createFocusService({
    browser,
    now: () => Date.now(),
    languages: () => navigator.languages,
    playChime: createChimePlayer(browser),
    notificationButtons: !import.meta.env.FIREFOX,
    keepStatistics: async () => (await readManaged(browser)).policy.keepFocusStatistics,
  });
  listenForFocusEvents(browser, focus);
  listenForInviteLinks(browser);
  const reminders = createReminderService({ browser, now: () => Date.now(), languages: () => navigator.languages });
  listenForReminders(browser, reminders);
  void reminders.reconcile();
  // Every wake re-derives the timer from stored facts: alarms may be lost on restart.
  void focus.reconcile();
  // The organisation may forbid statistics at any time (Chrome and Edge report policy changes live).
  void focus.applyStatisticsPolicy();
  watchManaged(browser, () => void focus.applyStatisticsPolicy());
});
