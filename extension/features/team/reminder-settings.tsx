// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { CheckboxField } from '../../components/checkbox-field';
import { useEffect, useState } from 'preact/hooks';
import type { TeamCalendar } from '../../../shared/team/calendar';
import { DEFAULT_REMINDER_MINUTES, type Reminder, readReminders } from '../../../shared/team/reminders';
import { useTeam, useTeamData } from '../../base/team-context';
import { useHost } from '../../lib/host';
import type { LocalStore } from '../../lib/local-store';
import { useT } from '../../stores/use-t';

const KEY = 'reminders';
const MINUTES = [1, 2, 5, 10, 15, 30, 60];

/** Writes (or, with null, removes) this team's reminder on this device. */
async function saveReminder(local: LocalStore, boardId: string, reminder: Reminder | null): Promise<void> {
  const all = readReminders(await local.get(KEY));
  if (reminder) all[boardId] = reminder;
  else delete all[boardId];
  await local.set(KEY, all);
}

/**
 * While the team is open, keeps the copy of its calendar and name in this device's reminder
 * current, so that the background reminds at the times the team set last.
 */
export function useReminderRefresh(): void {
  const { record } = useTeam();
  const { local, shell } = useHost();
  const calendar = useTeamData((data) => data.calendar);
  const teamName = useTeamData((data) => data.name);
  useEffect(() => {
    if (shell !== 'extension') return;
    void local.get(KEY).then((raw) => {
      const current = readReminders(raw)[record.boardId];
      if (!current || (current.teamName === teamName && sameCalendar(current.calendar, calendar))) return;
      return saveReminder(local, record.boardId, { ...current, teamName, calendar });
    });
  }, [calendar, teamName, local, shell, record.boardId]);
}

const sameCalendar = (a: TeamCalendar, b: TeamCalendar) => JSON.stringify(a) === JSON.stringify(b);

/** This person's stand-up reminder on this device (extension only): on or off, and how early. */
export function ReminderSettings() {
  const t = useT();
  const { record } = useTeam();
  const { local } = useHost();
  const calendar = useTeamData((data) => data.calendar);
  const teamName = useTeamData((data) => data.name);
  const [reminder, setReminder] = useState<Reminder | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void local.get(KEY).then((raw) => setReminder(readReminders(raw)[record.boardId] ?? null));
  }, [local, record.boardId]);
  const save = (next: Reminder | null) => {
    setReminder(next);
    void saveReminder(local, record.boardId, next).then(() => setSaved(true));
  };
  if (reminder === undefined) return null;
  const scheduled = calendar.standup !== null;
  return (
    <fieldset class="fieldset">
      <legend>{t('reminder.heading')}</legend>
      {!scheduled && <p class="muted">{t('reminder.noSchedule')}</p>}
      {(scheduled || reminder) && (
        <CheckboxField
          id="reminder-on"
          label={t('reminder.on')}
          checked={reminder !== null}
          onChange={(checked) => save(checked ? { teamName, calendar, minutesBefore: DEFAULT_REMINDER_MINUTES } : null)}
        />
      )}
      {reminder && (
        <div class="field">
          <label for="reminder-minutes">{t('reminder.minutes')}</label>
          <select
            id="reminder-minutes"
            class="input input--number"
            value={reminder.minutesBefore}
            onChange={(event) => save({ ...reminder, minutesBefore: Number(event.currentTarget.value) })}
          >
            {MINUTES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes}
              </option>
            ))}
          </select>
        </div>
      )}
      <div role="status">{saved && <p class="notice">{t('reminder.saved')}</p>}</div>
    </fieldset>
  );
}
