import { useEffect, useMemo } from 'preact/hooks';
import { type Translate, createTranslator, resolveLocale } from '../../shared/i18n/locale';
import { useApp } from '../stores/app-store';

/** The translator for the current language; also keeps the document's `lang` in step. */
export function useT(): Translate {
  const preference = useApp((state) => state.preferences.language);
  const locale = resolveLocale(preference, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return useMemo(() => createTranslator(locale), [locale]);
}
