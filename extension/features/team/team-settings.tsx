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
    <div class="field">
      <label for={field}>{label}</label>
      <input
        id={field}
        class="input input--number"
        type="text"
        inputMode="decimal"
        value={form[field]}
        disabled={!canEdit}
        aria-invalid={errors[field] ? 'true' : 'false'}
        aria-describedby={errors[field] ? `${field}-error` : undefined}
        onInput={(event) => setForm({ ...form, [field]: event.currentTarget.value })}
      />
      {errors[field] && (
        <p id={`${field}-error`} class="field-error">
          {translateRef(t, errors[field])}
        </p>
      )}
    </div>
  );

  return (
    <div>
      <form onSubmit={submit} noValidate>
        <fieldset class="fieldset" disabled={!canEdit}>
          <legend>{t('settings.heading')}</legend>
          <div class="field">
            <label for="team-name">{t('settings.teamName')}</label>
            <input
              id="team-name"
              class="input"
              value={name}
              maxLength={80}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
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
          <div class="field field--inline">
            <input
              id="overrun-sound"
              type="checkbox"
              checked={form.overrunSound}
              onChange={(event) => setForm({ ...form, overrunSound: event.currentTarget.checked })}
            />
            <label for="overrun-sound">{t('settings.overrunSound')}</label>
          </div>
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

      {shell === 'extension' && (
        <fieldset class="fieldset">
          <legend>{t('settings.notifyHeading')}</legend>
          <div class="field field--inline">
            <input
              id="notify-standup"
              type="checkbox"
              checked={preferences.notifyStandup}
              onChange={(event) => void savePreferences({ notifyStandup: event.currentTarget.checked })}
            />
            <label for="notify-standup">{t('settings.notify')}</label>
          </div>
        </fieldset>
      )}
      <SigningSection />
      <TeamDataSection />
    </div>
  );
}
