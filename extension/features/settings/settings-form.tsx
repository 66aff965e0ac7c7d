import { useRef, useState } from 'preact/hooks';
import { LONG_BREAK_EVERY_RANGE, MINUTES_RANGE } from '../../../shared/focus/settings';
import { type LanguagePreference, translateRef } from '../../../shared/i18n/locale';
import type { MessageRef } from '../../../shared/i18n/messages';
import {
  type FocusField,
  type FocusForm,
  focusFormOf,
  normalizeServer,
  validateFocusForm,
} from '../../../shared/preferences';
import { useT } from '../../lib/use-t';
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

/** Timer lengths, sound and language. Invalid input is refused as a whole; nothing saved changes. */
export function SettingsForm() {
  const t = useT();
  const preferences = useApp((state) => state.preferences);
  const savePreferences = useApp((state) => state.savePreferences);
  const [form, setForm] = useState<FocusForm>(() => focusFormOf(preferences.focus));
  const [sound, setSound] = useState(preferences.sound);
  const [language, setLanguage] = useState<LanguagePreference>(preferences.language);
  const [server, setServer] = useState(preferences.server);
  const [serverError, setServerError] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FocusField, MessageRef>>>({});
  const [status, setStatus] = useState<Status>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validateFocusForm(form);
    // Empty means no server yet (a store package starts so); anything typed must be a server.
    const normalizedServer = server.trim() === '' ? '' : normalizeServer(server);
    setServerError(normalizedServer === null);
    if (!result.ok || normalizedServer === null) {
      setErrors(result.ok ? {} : result.errors);
      setStatus({ kind: 'invalid' });
      const first = result.ok ? 'server' : FIELDS.find(({ field }) => result.errors[field])?.field;
      if (first) formRef.current?.querySelector<HTMLInputElement>(`#${first}`)?.focus();
      return;
    }
    setErrors({});
    setServer(normalizedServer);
    const saved = await savePreferences({
      ...preferences,
      language,
      sound,
      focus: result.value,
      server: normalizedServer,
    });
    setStatus({ kind: saved ? 'saved' : 'failed' });
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <fieldset class="fieldset">
        <legend>{t('options.timerHeading')}</legend>
        {FIELDS.map(({ field, label, range }) => {
          const error = errors[field];
          return (
            <div class="field" key={field}>
              <label for={field}>{t(label)}</label>
              <input
                id={field}
                class="input input--number"
                type="text"
                inputMode="decimal"
                value={form[field]}
                aria-invalid={error ? 'true' : 'false'}
                aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`}
                onInput={(event) => setForm({ ...form, [field]: event.currentTarget.value })}
              />
              <p id={`${field}-hint`} class="muted">
                {t('options.rangeHint', range.min, range.max)}
              </p>
              {error && (
                <p id={`${field}-error`} class="field-error">
                  {translateRef(t, error)}
                </p>
              )}
            </div>
          );
        })}
        <div class="field field--inline">
          <input
            id="sound"
            type="checkbox"
            checked={sound}
            onChange={(event) => setSound(event.currentTarget.checked)}
          />
          <label for="sound">{t('options.sound')}</label>
        </div>
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t('options.languageHeading')}</legend>
        <div class="field">
          <label for="language">{t('options.language')}</label>
          <select
            id="language"
            class="select"
            value={language}
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
        </div>
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t('options.serverHeading')}</legend>
        <div class="field">
          <label for="server">{t('options.server')}</label>
          <input
            id="server"
            class="input"
            type="url"
            value={server}
            spellcheck={false}
            aria-invalid={serverError ? 'true' : 'false'}
            aria-describedby={`server-hint${serverError ? ' server-error' : ''}`}
            onInput={(event) => setServer(event.currentTarget.value)}
          />
          <p id="server-hint" class="muted">
            {t('options.serverHint')}
          </p>
          {serverError && (
            <p id="server-error" class="field-error">
              {t('options.errorServer')}
            </p>
          )}
        </div>
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
