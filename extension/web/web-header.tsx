// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { LanguagePreference } from '../../shared/i18n/locale';
import { useT } from '../stores/use-t';
import { useApp } from '../stores/app-store';
import { PrivacyLink } from '../components/privacy-link';

const LANGUAGES: { value: LanguagePreference; label: string }[] = [
  { value: 'de', label: 'Deutsch' },
  { value: 'en', label: 'English' },
];

/** The web app's header: its name, a note on what needs the extension, and the language. */
export function WebHeader() {
  const t = useT();
  const preferences = useApp((state) => state.preferences);
  const save = useApp((state) => state.savePreferences);
  return (
    <header class="web-header">
      <p class="web-header__name">{t('app.name')}</p>
      <p class="web-header__note muted">{t('web.note')}</p>
      <div class="web-header__language">
        <label for="web-language">{t('web.language')}</label>
        <select
          id="web-language"
          class="input"
          value={preferences.language}
          onChange={(event) => void save({ language: event.currentTarget.value as LanguagePreference })}
        >
          <option value="auto">{t('options.languageAuto')}</option>
          {LANGUAGES.map((language) => (
            <option key={language.value} value={language.value} lang={language.value}>
              {language.label}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}

/** The web app's footer: the privacy notice, on every page. */
export function WebFooter() {
  return (
    <footer class="web-footer">
      <PrivacyLink />
    </footer>
  );
}
