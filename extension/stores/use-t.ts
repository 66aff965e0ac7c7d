// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useMemo } from 'preact/hooks';
import { type Locale, type Translate, createTranslator, resolveLocale } from '../../shared/i18n/locale';
import { useApp } from './app-store';

/** The language the person reads in: their choice, or the browser's. */
export function useLocale(): Locale {
  const preference = useApp((state) => state.preferences.language);
  return resolveLocale(preference, navigator.languages);
}

/** The translator for the current language; also keeps the document's `lang` in step. */
export function useT(): Translate {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return useMemo(() => createTranslator(locale), [locale]);
}
