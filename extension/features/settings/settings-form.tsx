// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { FIRST_USEFUL_CONTENT } from '../../lib/performance-marks';
import { TextField } from '../../components/text-field';
import { CheckboxField } from '../../components/checkbox-field';
import { useRef, useState } from 'preact/hooks';
import { LONG_BREAK_EVERY_RANGE, MINUTES_RANGE } from '../../../shared/focus/settings';
import { type LanguagePreference, translateRef } from '../../../shared/i18n/locale';
import type { MessageRef } from '../../../shared/i18n/messages';
import { RETENTION_RANGE, defaultRetention, maxRetention, serverAllowed } from '../../../shared/policy';
import {
  type FocusField,
  type FocusForm,
  checkNumber,
  focusFormOf,
  normalizeServer,
  validateFocusForm,
} from '../../../shared/preferences';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';

const FIELDS: {
  field: FocusField;
  label: 'options.focusMinutes' | 'options.shortBreakMinutes' | 'options.longBreakMinutes' | 'options.longBreakEvery';
  range: { min: number; max: number };
}[] = [
  { field: 'focusMinutes', label: 'options.focusMinutes', range: MINUTES_RANGE },
  { field: 'shortBreakMinutes', label: 'options.shortBreakMinutes', range: MINUTES_RANGE },
  { field: 'longBreakMinutes', label: 'options.longBreakMinutes', range: MINUTES_RANGE },
  { field: 'longBreakEvery', label: 'options.longBreakEvery', range: LONG_BREAK_EVERY_RANGE },
];

type Status = { kind: 'saved' | 'invalid' | 'failed' } | null;

/**
 * Timer lengths, sound, language, server and retention. Invalid input is refused as a whole;
 * nothing saved changes. What the organisation set is shown, read-only, and never saved as the
 * member's own choice.
 */
export function SettingsForm() {
  const t = useT();
  const preferences = useApp((state) => state.preferences);
  const own = useApp((state) => state.own);
  const { policy } = useApp((state) => state.policy);
  const savePreferences = useApp((state) => state.savePreferences);
  const [form, setForm] = useState<FocusForm>(() => focusFormOf(preferences.focus));
  const [sound, setSound] = useState(preferences.sound);
  const [language, setLanguage] = useState<LanguagePreference>(preferences.language);
  const [server, setServer] = useState(preferences.server);
  const [serverError, setServerError] = useState<MessageRef | null>(null);
  // Empty: not chosen, so the organisation's default (or the server's) applies, live.
  const [retention, setRetention] = useState(own.retentionDays === null ? '' : String(own.retentionDays));
  const [retentionError, setRetentionError] = useState<MessageRef | null>(null);
  const maxDays = maxRetention(policy);
  const [errors, setErrors] = useState<Partial<Record<FocusField, MessageRef>>>({});
  const [status, setStatus] = useState<Status>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validateFocusForm(form);
    // Empty means no server yet (a store package starts so); anything typed must be a server.
    const normalizedServer = server.trim() === '' ? '' : normalizeServer(server);
    const serverProblem: MessageRef | null = policy.syncServerLocked
      ? null
      : normalizedServer === null
        ? { key: 'options.errorServer', args: [] }
        : normalizedServer !== '' && !serverAllowed(policy, normalizedServer)
          ? { key: 'options.errorServerNotAllowed', args: [] }
          : null;
    const days =
      retention.trim() === '' ? null : checkNumber(retention, { min: RETENTION_RANGE.min, max: maxDays }, true);
    setServerError(serverProblem);
    const retentionProblem = typeof days === 'object' ? days : null;
    setRetentionError(retentionProblem);
    if (!result.ok || serverProblem || retentionProblem) {
      setErrors(result.ok ? {} : result.errors);
      setStatus({ kind: 'invalid' });
      const first = result.ok
        ? serverProblem
          ? 'server'
          : 'retention'
        : FIELDS.find(({ field }) => result.errors[field])?.field;
      if (first) formRef.current?.querySelector<HTMLInputElement>(`#${first}`)?.focus();
      return;
    }
    setErrors({});
    if (normalizedServer !== null) setServer(normalizedServer);
    // What the organisation set stays out of the member's own settings.
    const saved = await savePreferences({
      ...(policy.language ? {} : { language }),
      ...(policy.syncServerLocked || normalizedServer === null ? {} : { server: normalizedServer }),
      sound,
      focus: result.value,
      retentionDays: typeof days === 'number' ? days : null,
    });
    setStatus({ kind: saved ? 'saved' : 'failed' });
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <fieldset class="fieldset">
        <legend elementtiming={FIRST_USEFUL_CONTENT}>{t('options.timerHeading')}</legend>
        {FIELDS.map(({ field, label, range }) => {
          const error = errors[field];
          return (
            <TextField
              key={field}
              id={field}
              label={t(label)}
              inputMode="decimal"
              value={form[field]}
              hint={t('options.rangeHint', range.min, range.max)}
              error={error && translateRef(t, error)}
              onInput={(value) => setForm({ ...form, [field]: value })}
            />
          );
        })}
        <CheckboxField id="sound" label={t('options.sound')} checked={sound} onChange={setSound} />
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t('options.languageHeading')}</legend>
        <div class="field">
          <label for="language">{t('options.language')}</label>
          <select
            id="language"
            class="select"
            value={policy.language ?? language}
            disabled={policy.language !== undefined}
            aria-describedby={policy.language ? 'language-managed' : undefined}
            onChange={(event) => setLanguage(event.currentTarget.value as LanguagePreference)}
          >
            <option value="auto">{t('options.languageAuto')}</option>
            <option value="de" lang="de">
              Deutsch
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
          {policy.language && <ManagedNote id="language-managed" />}
        </div>
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t('options.serverHeading')}</legend>
        <TextField
          id="server"
          label={t('options.server')}
          type="url"
          value={policy.syncServerLocked ? preferences.server : server}
          spellcheck={false}
          readOnly={policy.syncServerLocked}
          hint={t('options.serverHint')}
          note={policy.syncServerLocked && <ManagedNote id="server-managed" />}
          noteId="server-managed"
          error={serverError && translateRef(t, serverError)}
          onInput={setServer}
        />
        <TextField
          id="retention"
          label={t('options.retention')}
          inputMode="numeric"
          value={retention}
          placeholder={String(defaultRetention(policy))}
          hint={t('options.retentionHint', defaultRetention(policy), maxDays)}
          error={retentionError && translateRef(t, retentionError)}
          onInput={setRetention}
        />
      </fieldset>
      <button type="submit" class="button button--primary">
        {t('options.save')}
      </button>
      <div role="status" class="form-status" data-testid="settings-status">
        {status && (
          <p class={status.kind === 'saved' ? 'notice' : 'notice notice--error'}>
            {t(
              status.kind === 'saved'
                ? 'options.saved'
                : status.kind === 'invalid'
                  ? 'options.invalid'
                  : 'options.saveFailed',
            )}
          </p>
        )}
      </div>
    </form>
  );
}

/** Says that a setting is the organisation's, beside the control it makes read-only. */
function ManagedNote({ id }: { id: string }) {
  const t = useT();
  return (
    <p id={id} class="managed-note">
      {t('options.managed')}
    </p>
  );
}
