// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { TextField } from '../../components/text-field';
import { CheckboxField } from '../../components/checkbox-field';
import { useState } from 'preact/hooks';
import { LAENDER, type Land } from '../../../shared/calendar/holidays';
import { translateRef } from '../../../shared/i18n/locale';
import type { MessageRef } from '../../../shared/i18n/messages';
import { setCalendar } from '../../../shared/team/calendar';
import {
  type CalendarField,
  type CalendarForm,
  calendarFormOf,
  validateCalendarForm,
} from '../../../shared/team/calendar-form';
import { downloadTeamCalendar } from '../../base/calendar-files';
import { useTeam, useTeamData } from '../../base/team-context';
import { localDate } from '../../lib/ids';
import { useT } from '../../stores/use-t';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
let knownZones: string[] | null = null;
/** The time zones this browser knows, for the list; Europe/Berlin first (read once). */
const zones = () =>
  (knownZones ??= ['Europe/Berlin', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'Europe/Berlin')]);

/** Weekday names in the reader's language, Monday first (1 January 2024 was a Monday). */
function weekdayName(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));
}

/**
 * When the team's stand-up and retro recur (facilitators set it for everyone), and the team's dates
 * as an `.ics` file for anyone's calendar.
 */
export function ScheduleSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { record, team } = useTeam();
  const calendar = useTeamData((data) => data.calendar);
  const teamName = useTeamData((data) => data.name);
  const standupMinutes = useTeamData((data) => data.settings.standupMinutes);
  const [form, setForm] = useState<CalendarForm>(() => calendarFormOf(calendar, localDate(Date.now())));
  const [errors, setErrors] = useState<Partial<Record<CalendarField, MessageRef>>>({});
  const [status, setStatus] = useState<'saved' | 'invalid' | null>(null);
  const change = (patch: Partial<CalendarForm>) => {
    setForm({ ...form, ...patch });
    setStatus(null);
  };
  const error = (field: CalendarField) => errors[field] && translateRef(t, errors[field]);
  const language = t.locale === 'de' ? 'de-DE' : 'en-GB';

  const submit = (event: Event) => {
    event.preventDefault();
    const result = validateCalendarForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('invalid');
      return;
    }
    setErrors({});
    setCalendar(team.board.doc, result.value);
    setStatus('saved');
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="schedule-heading">
      <fieldset class="fieldset" disabled={!canEdit}>
        <legend id="schedule-heading">{t('calendar.heading')}</legend>
        <p class="muted">{t('calendar.hint')}</p>
        <CheckboxField
          id="standup-on"
          label={t('calendar.standupOn')}
          checked={form.standupOn}
          onChange={(checked) => change({ standupOn: checked })}
        />
        {form.standupOn && (
          <>
            <fieldset class="fieldset fieldset--inner">
              <legend>{t('calendar.standupDays')}</legend>
              <div class="weekdays">
                {WEEKDAYS.map((day) => (
                  <CheckboxField
                    key={day}
                    id={`standup-day-${day}`}
                    label={weekdayName(day, language)}
                    checked={form.standupDays.includes(day)}
                    onChange={(checked) =>
                      change({
                        standupDays: checked
                          ? [...form.standupDays, day]
                          : form.standupDays.filter((entry) => entry !== day),
                      })
                    }
                  />
                ))}
              </div>
              {errors.standupDays && <p class="field-error">{error('standupDays')}</p>}
            </fieldset>
            <TextField
              id="standup-time"
              type="time"
              label={t('calendar.standupTime')}
              value={form.standupTime}
              error={error('standupTime')}
              onInput={(value) => change({ standupTime: value })}
            />
          </>
        )}
        <CheckboxField
          id="retro-on"
          label={t('calendar.retroOn')}
          checked={form.retroOn}
          onChange={(checked) => change({ retroOn: checked })}
        />
        {form.retroOn && (
          <>
            <TextField
              id="retro-every"
              inputMode="numeric"
              label={t('calendar.retroEveryWeeks')}
              value={form.retroEveryWeeks}
              error={error('retroEveryWeeks')}
              onInput={(value) => change({ retroEveryWeeks: value })}
            />
            <div class="field">
              <label for="retro-weekday">{t('calendar.retroWeekday')}</label>
              <select
                id="retro-weekday"
                class="input"
                value={form.retroWeekday}
                onChange={(event) => change({ retroWeekday: Number(event.currentTarget.value) })}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {weekdayName(day, language)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id="retro-time"
              type="time"
              label={t('calendar.retroTime')}
              value={form.retroTime}
              error={error('retroTime')}
              onInput={(value) => change({ retroTime: value })}
            />
            <TextField
              id="retro-from"
              type="date"
              label={t('calendar.retroFrom')}
              value={form.retroFrom}
              error={error('retroFrom')}
              onInput={(value) => change({ retroFrom: value })}
            />
            <TextField
              id="retro-minutes"
              inputMode="numeric"
              label={t('calendar.retroMinutes')}
              value={form.retroMinutes}
              error={error('retroMinutes')}
              onInput={(value) => change({ retroMinutes: value })}
            />
          </>
        )}
        <div class="field">
          <label for="time-zone">{t('calendar.timeZone')}</label>
          <select
            id="time-zone"
            class="input"
            value={form.timeZone}
            onChange={(event) => change({ timeZone: event.currentTarget.value })}
          >
            {(zones().includes(form.timeZone) ? zones() : [form.timeZone, ...zones()]).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          {errors.timeZone && <p class="field-error">{error('timeZone')}</p>}
        </div>
        <div class="field">
          <label for="holidays">{t('calendar.holidays')}</label>
          <select
            id="holidays"
            class="input"
            value={form.holidaysOf}
            onChange={(event) => change({ holidaysOf: event.currentTarget.value as Land | '' })}
          >
            <option value="">{t('calendar.noHolidays')}</option>
            {LAENDER.map((land) => (
              <option key={land} value={land}>
                {t(`calendar.land.${land}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--primary">
          {t('calendar.save')}
        </button>
        <div role="status">
          {status && (
            <p class={status === 'saved' ? 'notice' : 'notice notice--error'}>
              {t(status === 'saved' ? 'calendar.saved' : 'options.invalid')}
            </p>
          )}
        </div>
      </fieldset>
      {(calendar.standup || calendar.retro) && (
        <div class="field">
          <button
            type="button"
            class="button"
            aria-describedby="calendar-download-hint"
            onClick={() =>
              void downloadTeamCalendar(
                t,
                { boardId: record.boardId, name: teamName, calendar, standupMinutes },
                Date.now(),
              )
            }
          >
            {t('calendar.download')}
          </button>
          <p id="calendar-download-hint" class="muted">
            {t('calendar.downloadHint')}
          </p>
        </div>
      )}
    </form>
  );
}
