// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect } from 'preact/hooks';
import { FocusPanel } from '../../features/focus/focus-panel';
import { FocusStats } from '../../features/focus/focus-stats';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { BarrierLink } from '../../components/barrier-link';

/** The toolbar popup: quick actions: today's stand-up (opens the side panel) and the focus timer. */
export function PopupApp() {
  const t = useT();
  const loaded = useApp((state) => state.loaded);
  const backgroundError = useApp((state) => state.backgroundError);
  const shortcut = useApp((state) => state.shortcut);
  const openSidePanel = useApp((state) => state.openSidePanel);
  const contact = useApp((state) => state.policy.policy.accessibilityContact);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <main class="popup" aria-busy={!loaded}>
      <header class="popup__header">
        <button
          type="button"
          class="button button--small"
          onClick={() => void openSidePanel().then(() => window.close())}
        >
          {t('popup.todayStandup')}
        </button>
        <a href="/options.html" target="_blank" rel="noopener">
          {t('nav.settings')}
        </a>
      </header>
      {backgroundError && (
        <p class="notice notice--error" role="alert">
          {t('focus.backgroundUnavailable')}
        </p>
      )}
      {loaded && (
        <>
          <FocusPanel />
          <FocusStats />
        </>
      )}
      {(shortcut || contact) && (
        <footer class="popup__footer">
          {shortcut && <p class="muted">{t('focus.shortcut', shortcut)}</p>}
          <BarrierLink />
        </footer>
      )}
    </main>
  );
}
