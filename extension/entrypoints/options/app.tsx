// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect } from 'preact/hooks';
import { PrivacyLink } from '../../components/privacy-link';
import { FocusRecordsManager } from '../../features/focus/focus-records-manager';
import { PolicyNotes } from '../../features/settings/policy-notes';
import { SettingsForm } from '../../features/settings/settings-form';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';

/** The options page: timer defaults, sound, language, and the local statistics. */
export function OptionsApp() {
  const t = useT();
  const loaded = useApp((state) => state.loaded);
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  return (
    <main class="options" aria-busy={!loaded}>
      <h1>{t('options.title')}</h1>
      {/* The form starts from the stored values, so it is mounted once they are loaded. */}
      {loaded && (
        <>
          <PolicyNotes />
          <SettingsForm />
          <FocusRecordsManager />
          <footer class="options__footer">
            <PrivacyLink />
          </footer>
        </>
      )}
    </main>
  );
}
