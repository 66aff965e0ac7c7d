// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { formatTime } from '../../../shared/i18n/format';
import { createTranslator, resolveLocale } from '../../../shared/i18n/locale';
import { nextReminder, readReminders } from '../../../shared/team/reminders';
import type { BrowserApi } from '../../lib/browser-api';
import { parsePreferences } from '../../lib/records';
import { preferencesItem, remindersItem, remindersSentItem } from '../../lib/storage';

/** One alarm and one notification per team, named by the team's board id. */
export const REMINDER_PREFIX = 'reminder:';

interface Deps {
  browser: BrowserApi;
  now: () => number;
  languages: () => readonly string[];
}

/**
 * Stand-up reminders in the background (issue #20): an alarm per team that opted in on this
 * device, at the stand-up minus the chosen minutes, and a notification that opens the team. The
 * alarms are derived again from storage on every wake (alarms may be lost on a restart); which
 * stand-up was last reminded is stored, so that none is reminded twice.
 */
export function createReminderService({ browser, now, languages }: Deps) {
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = (task: () => Promise<void>) => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function load() {
    const [reminders, sent] = await Promise.all([remindersItem.getValue(), remindersSentItem.getValue()]);
    return { reminders: readReminders(reminders), sent: typeof sent === 'object' && sent ? sent : {} };
  }

  async function schedule() {
    const { reminders, sent } = await load();
    const alarms = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_PREFIX));
    for (const alarm of alarms) {
      if (!(alarm.name.slice(REMINDER_PREFIX.length) in reminders)) await browser.alarms.clear(alarm.name);
    }
    for (const [boardId, reminder] of Object.entries(reminders)) {
      const name = REMINDER_PREFIX + boardId;
      const next = nextReminder(reminder, now(), sent[boardId] ?? 0);
      if (!next) await browser.alarms.clear(name);
      else if (alarms.find((alarm) => alarm.name === name)?.scheduledTime !== next.remindAt)
        await browser.alarms.create(name, { when: next.remindAt });
    }
  }

  /** An alarm went off: remind if its stand-up is due (the schedule may have changed since). */
  async function remind(boardId: string) {
    const { reminders, sent } = await load();
    const reminder = reminders[boardId];
    const next = reminder ? nextReminder(reminder, now(), sent[boardId] ?? 0) : null;
    if (reminder && next && next.remindAt <= now()) {
      const preferences = parsePreferences(await preferencesItem.getValue());
      const t = createTranslator(resolveLocale(preferences.language, languages()));
      const minutes = Math.max(1, Math.round((next.standupAt - now()) / 60_000));
      await browser.notifications.create(REMINDER_PREFIX + boardId, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icons/128.png'),
        title: t('notify.reminderTitle', minutes),
        message: t(
          'notify.reminderMessage',
          reminder.teamName,
          formatTime(next.standupAt, t.locale, reminder.calendar.timeZone),
        ),
      });
      await remindersSentItem.setValue({ ...sent, [boardId]: next.standupAt });
    }
    await schedule();
  }

  return {
    reconcile: () => serialize(schedule),
    onAlarm: (name: string) =>
      name.startsWith(REMINDER_PREFIX)
        ? serialize(() => remind(name.slice(REMINDER_PREFIX.length)))
        : Promise.resolve(),
  };
}

/** Wires the reminders to the browser: alarms, storage changes, start-up, and a click that opens the team. */
export function listenForReminders(browser: BrowserApi, service: ReturnType<typeof createReminderService>): void {
  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm.name));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'reminders' in changes) void service.reconcile();
  });
  browser.runtime.onStartup.addListener(() => void service.reconcile());
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMINDER_PREFIX)) return;
    void browser.notifications.clear(id);
    void openTeam(browser);
  });
}

/** The side panel (or Firefox's sidebar) if the browser lets a notification open it, else a tab. */
async function openTeam(browser: BrowserApi): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open: (options: { windowId: number }) => Promise<void> };
    sidebarAction?: { open: () => Promise<void> };
  };
  try {
    if (api.sidebarAction) return await api.sidebarAction.open();
    const current = await browser.windows.getLastFocused();
    if (api.sidePanel && current.id !== undefined) return await api.sidePanel.open({ windowId: current.id });
  } catch {
    // not allowed from here: a tab instead
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}
