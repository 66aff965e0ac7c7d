// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  REMINDER_PREFIX,
  createReminderService,
  listenForReminders,
} from '../../extension/features/reminders/reminder-service';
import type { TeamCalendar } from '../../shared/team/calendar';

const BOARD = 'a'.repeat(32);
const CALENDAR: TeamCalendar = {
  timeZone: 'Europe/Berlin',
  holidaysOf: 'BY',
  standup: { weekdays: [1, 2, 3, 4, 5], time: '09:00' },
  retro: null,
};
// Thursday 25 March 2027, 12:00 in Berlin. Good Friday and Easter Monday are holidays, and the
// clocks go forward on the Sunday between: the next stand-up is Tuesday 30 March, 09:00 CEST.
const T0 = Date.parse('2027-03-25T11:00:00Z');
const TUESDAY_0855 = Date.parse('2027-03-30T06:55:00Z');

/** A background as after a (re)start of the service worker: a new service and new listeners. */
function startBackground() {
  const service = createReminderService({ browser: fakeBrowser, now: () => Date.now(), languages: () => ['de-DE'] });
  listenForReminders(fakeBrowser, service);
  return service;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: T0, toFake: ['Date'] });
});
afterEach(() => vi.useRealTimers());

describe('stand-up reminders', () => {
  it('given a reminder 5 minutes ahead, when the service worker restarts before it, then it fires at 08:55 on the right day', async () => {
    await fakeBrowser.storage.local.set({
      reminders: { [BOARD]: { teamName: 'Referat Z 3', minutesBefore: 5, calendar: CALENDAR } },
    });
    await startBackground().reconcile();
    expect(await fakeBrowser.alarms.get(REMINDER_PREFIX + BOARD)).toMatchObject({ scheduledTime: TUESDAY_0855 });

    // The worker is stopped; the alarm survives; a new worker wakes for it at 08:55.
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      reminders: { [BOARD]: { teamName: 'Referat Z 3', minutesBefore: 5, calendar: CALENDAR } },
    });
    await fakeBrowser.alarms.create(REMINDER_PREFIX + BOARD, { when: TUESDAY_0855 });
    const service = startBackground();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(TUESDAY_0855 + 200);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: REMINDER_PREFIX + BOARD,
      scheduledTime: TUESDAY_0855,
      persistAcrossSessions: true,
    });
    await service.reconcile();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(
      REMINDER_PREFIX + BOARD,
      expect.objectContaining({
        title: 'Stand-up in 5 Minuten',
        message: 'Referat Z 3, um 09:00 Uhr. Klicken Sie, um das Team zu öffnen.',
      }),
    );
    // Next: Wednesday 08:55, and this one is not reminded again on the next wake.
    expect(await fakeBrowser.alarms.get(REMINDER_PREFIX + BOARD)).toMatchObject({
      scheduledTime: TUESDAY_0855 + 86_400_000,
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: REMINDER_PREFIX + BOARD,
      scheduledTime: TUESDAY_0855,
      persistAcrossSessions: true,
    });
    await service.reconcile();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('when the reminder is turned off or the stand-up unscheduled, then its alarm goes; a damaged entry never fires', async () => {
    const service = startBackground();
    await fakeBrowser.storage.local.set({
      reminders: { [BOARD]: { teamName: 'Z 3', minutesBefore: 5, calendar: CALENDAR } },
    });
    await service.reconcile();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await fakeBrowser.storage.local.set({
      reminders: { [BOARD]: { teamName: 'Z 3', minutesBefore: 5, calendar: { ...CALENDAR, standup: null } } },
    });
    await service.reconcile();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await fakeBrowser.storage.local.set({
      reminders: { [BOARD]: { teamName: 'Z 3', minutesBefore: 'soon', calendar: CALENDAR }, x: 1 },
    });
    await service.reconcile();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
