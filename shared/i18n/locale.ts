// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import { deCore } from './de-core';
import { enCore } from './en-core';
import type { MessageArgs, MessageKey, MessageRef, Messages } from './messages';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A person's choice in the options: follow the browser, or a fixed language. */
export type LanguagePreference = 'auto' | Locale;
export const LanguagePreferenceSchema = v.picklist(['auto', ...LOCALES]);

/**
 * The messages loaded in this page. Every page has the core catalogue; the team views' messages
 * are added by the pages that show them (`./teams.ts`), so the popup does not carry them.
 */
const loaded: Record<Locale, Partial<Messages>> = { de: { ...deCore }, en: { ...enCore } };

export function addMessages(more: Record<Locale, Partial<Messages>>): void {
  Object.assign(loaded.de, more.de);
  Object.assign(loaded.en, more.en);
}

/**
 * A page's further messages in one language, loaded when that language is needed (the team views'
 * catalogue is large, and a page shows one language at a time): `./teams.ts`.
 */
export type MessageLoader = (locale: Locale) => Promise<Partial<Messages>>;
const loaders: MessageLoader[] = [];
const loading: Partial<Record<Locale, Promise<void>>> = {};
const ready = new Set<Locale>(LOCALES);

export function addMessageLoader(loader: MessageLoader): void {
  loaders.push(loader);
  ready.clear();
  for (const locale of LOCALES) delete loading[locale];
}

/** Whether every message of this page is there in `locale`. */
export const messagesReady = (locale: Locale): boolean => ready.has(locale);

/** Loads this page's messages in `locale` (once; again after a failure). */
export function loadMessages(locale: Locale): Promise<void> {
  if (ready.has(locale)) return Promise.resolve();
  return (loading[locale] ??= Promise.all(loaders.map((load) => load(locale))).then(
    (parts) => {
      for (const part of parts) Object.assign(loaded[locale], part);
      ready.add(locale);
    },
    (error: unknown) => {
      delete loading[locale];
      throw error;
    },
  ));
}

/** German for German browsers, English otherwise, unless the person chose a language. */
export function resolveLocale(preference: LanguagePreference, browserLanguages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  const first = browserLanguages[0]?.toLowerCase() ?? '';
  return first === 'de' || first.startsWith('de-') ? 'de' : 'en';
}

/** A function that looks up a message in one language, which it names (for dates and numbers). */
export type Translate = (<K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string) & { locale: Locale };

/** Renders a message reference, such as a validation error, with a translator. */
export function translateRef(t: Translate, ref: MessageRef): string {
  // TypeScript cannot pair a union of keys with the union of their argument lists, so the call is untyped here.
  const lookup: (key: MessageKey, ...args: readonly unknown[]) => string = t;
  return lookup(ref.key, ...ref.args);
}

export function createTranslator(locale: Locale): Translate {
  const messages = loaded[locale];
  const translate = (key: MessageKey, ...args: unknown[]) => {
    const message = messages[key] as string | ((...a: unknown[]) => string) | undefined;
    // A page that forgot to load its messages shows the key rather than failing.
    if (message === undefined) return key;
    return typeof message === 'function' ? message(...args) : message;
  };
  return Object.assign(translate, { locale });
}
