// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  LOCALES,
  type Locale,
  type Translate,
  createTranslator,
  loadMessages,
  messagesReady,
  resolveLocale,
} from '../../shared/i18n/locale';
import { useApp } from './app-store';

/** The language the person reads in: their choice, or the browser's. */
export function useLocale(): Locale {
  const preference = useApp((state) => state.preferences.language);
  return resolveLocale(preference, navigator.languages);
}

/**
 * The translator for the current language; also keeps the document's `lang` in step. When the
 * person switches to a language whose messages this page has not loaded yet, the view stays in
 * the language it shows until they are there (a moment), rather than showing message keys.
 */
export function useT(): Translate {
  const wanted = useLocale();
  const [shown, setShown] = useState<Locale>(() =>
    messagesReady(wanted) ? wanted : (LOCALES.find(messagesReady) ?? wanted),
  );
  useEffect(() => {
    if (messagesReady(wanted)) {
      setShown(wanted);
      return;
    }
    let live = true;
    loadMessages(wanted).then(
      () => live && setShown(wanted),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  return useMemo(() => createTranslator(shown), [shown]);
}
