// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { TextField } from '../../components/text-field';
import { CheckboxField } from '../../components/checkbox-field';
import { useState } from 'preact/hooks';
import { translateRef } from '../../../shared/i18n/locale';
import type { MessageRef } from '../../../shared/i18n/messages';
import type { Advance, SettingsField, SettingsForm } from '../../../shared/team/model';
import { renameTeam, updateSettings } from '../../../shared/team/ops';
import { settingsFormOf, validateSettingsForm } from '../../../shared/team/settings-form';
import { useHost } from '../../lib/host';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { useCanEdit, useTeam, useTeamData } from '../../base/team-context';
import { ReminderSettings } from './reminder-settings';
import { ScheduleSettings } from './schedule-settings';
import { SigningSection } from './signing-section';
import { TeamDataSection } from './team-data';

/** Team-wide stand-up settings (facilitators), and this person's own notifications (extension only). */
export function TeamSettingsView() {
  const t = useT();
  const { record, team } = useTeam();
  const settings = useTeamData((data) => data.settings);
  const teamName = useTeamData((data) => data.name);
  const mayChange = useTeamData(
    (data) =>
      data.members.some((member) => member.id === record.memberId && member.facilitator) ||
      !data.members.some((member) => member.facilitator),
  );
  const canEdit = useCanEdit() && mayChange;
  const preferences = useApp((state) => state.preferences);
  const savePreferences = useApp((state) => state.savePreferences);
  const { shell } = useHost();
  const [form, setForm] = useState<SettingsForm>(() => settingsFormOf(settings));
  const [name, setName] = useState(teamName);
  const [errors, setErrors] = useState<Partial<Record<SettingsField, MessageRef>>>({});
  const [status, setStatus] = useState<'saved' | 'invalid' | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = validateSettingsForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('invalid');
      return;
    }
    setErrors({});
    team.board.doc.transact(() => {
      updateSettings(team.board.doc, result.value);
      renameTeam(team.board.doc, name);
    });
    setStatus('saved');
  };

  const numberField = (field: 'standupMinutes' | 'speakerMinutes', label: string) => (
    <TextField
      id={field}
      label={label}
      inputMode="decimal"
      value={form[field]}
      disabled={!canEdit}
      error={errors[field] && translateRef(t, errors[field])}
      onInput={(value) => setForm({ ...form, [field]: value })}
    />
  );

  return (
    <div>
      <form onSubmit={submit} noValidate aria-labelledby="team-settings-heading">
        <fieldset class="fieldset" disabled={!canEdit}>
          <legend id="team-settings-heading">{t('settings.heading')}</legend>
          <TextField id="team-name" label={t('settings.teamName')} value={name} maxLength={80} onInput={setName} />
          {numberField('standupMinutes', t('settings.standupMinutes'))}
          {numberField('speakerMinutes', t('settings.speakerMinutes'))}
          <div class="field">
            <label for="prompts">{t('settings.prompts')}</label>
            <textarea
              id="prompts"
              class="input"
              rows={3}
              value={form.prompts}
              placeholder={[t('standup.prompt1'), t('standup.prompt2'), t('standup.prompt3')].join('\n')}
              aria-invalid={errors.prompts ? 'true' : 'false'}
              aria-describedby={errors.prompts ? 'prompts-error' : undefined}
              onInput={(event) => setForm({ ...form, prompts: event.currentTarget.value })}
            />
            {errors.prompts && (
              <p id="prompts-error" class="field-error">
                {translateRef(t, errors.prompts)}
              </p>
            )}
          </div>
          <fieldset class="fieldset fieldset--inner">
            <legend>{t('settings.advance')}</legend>
            {(['anyone', 'facilitator'] as Advance[]).map((value) => (
              <div class="field field--inline" key={value}>
                <input
                  id={`advance-${value}`}
                  type="radio"
                  name="advance"
                  checked={form.advance === value}
                  onChange={() => setForm({ ...form, advance: value })}
                />
                <label for={`advance-${value}`}>
                  {t(value === 'anyone' ? 'settings.advanceAnyone' : 'settings.advanceFacilitator')}
                </label>
              </div>
            ))}
          </fieldset>
          <CheckboxField
            id="overrun-sound"
            label={t('settings.overrunSound')}
            checked={form.overrunSound}
            onChange={(checked) => setForm({ ...form, overrunSound: checked })}
          />
          <button type="submit" class="button button--primary">
            {t('settings.save')}
          </button>
          <div role="status">
            {status && (
              <p class={status === 'saved' ? 'notice' : 'notice notice--error'}>
                {t(status === 'saved' ? 'settings.saved' : 'options.invalid')}
              </p>
            )}
          </div>
        </fieldset>
      </form>

      <ScheduleSettings canEdit={canEdit} />
      {shell === 'extension' && <ReminderSettings />}
      {shell === 'extension' && (
        <fieldset class="fieldset">
          <legend>{t('settings.notifyHeading')}</legend>
          <CheckboxField
            id="notify-standup"
            label={t('settings.notify')}
            checked={preferences.notifyStandup}
            onChange={(checked) => void savePreferences({ notifyStandup: checked })}
          />
        </fieldset>
      )}
      <SigningSection />
      <TeamDataSection />
    </div>
  );
}
