// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { MessageRef } from '../../../shared/i18n/messages';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { de } from '../../../shared/i18n/de';
import { en } from '../../../shared/i18n/en';
import { enCore } from '../../../shared/i18n/en-core';
import { type LOCALES, createTranslator, resolveLocale, translateRef } from '../../../shared/i18n/locale';
import type { Messages } from '../../../shared/i18n/messages';

const CATALOGUES: Record<(typeof LOCALES)[number], Messages> = { de, en };

const keysOf = (locale: (typeof LOCALES)[number]) => Object.keys(CATALOGUES[locale]).sort();

describe('message catalogues', () => {
  it('German and English have exactly the same keys', () => {
    expect(keysOf('de')).toEqual(keysOf('en'));
  });

  it('every message is a non-empty text, with the same parameters in both languages', () => {
    for (const key of keysOf('en')) {
      const en = CATALOGUES.en[key as keyof typeof CATALOGUES.en];
      const de = CATALOGUES.de[key as keyof typeof CATALOGUES.de];
      expect(typeof de, key).toBe(typeof en);
      if (typeof en === 'function' && typeof de === 'function') {
        expect(de.length, key).toBe(en.length);
        const args = Array.from({ length: en.length }, (_, i) => (i % 2 === 0 ? 'Fokus' : 3));
        expect((de as (...a: unknown[]) => string)(...args).trim(), key).not.toBe('');
      } else {
        expect(String(de).trim(), key).not.toBe('');
      }
    }
  });

  it('German texts differ from the English ones (nothing left untranslated by copy)', () => {
    // The same word in both languages, on purpose.
    const loanwords = new Set([
      'tabs.standup',
      'standup.overallTime',
      'summary.none',
      'tabs.retros',
      'retro.phase.checkin',
      'retros.format',
      'retro.timer',
      'tabs.checkin',
      'tabs.team',
      'health.scale.2',
      'health.scale.3',
      'health.scale.4',
      // Länder whose names are the same in English.
      ...['BB', 'BE', 'BW', 'HB', 'HH', 'SH', 'SL'].map((land) => `calendar.land.${land}`),
    ]);
    const same = keysOf('en').filter(
      (key) =>
        !loanwords.has(key) &&
        typeof CATALOGUES.en[key as keyof typeof CATALOGUES.en] === 'string' &&
        CATALOGUES.en[key as keyof typeof CATALOGUES.en] === CATALOGUES.de[key as keyof typeof CATALOGUES.de],
    );
    expect(same).toEqual([]);
  });

  it('follows the browser: German for German browsers, English otherwise, unless chosen', () => {
    expect(resolveLocale('auto', ['de-DE', 'en'])).toBe('de');
    expect(resolveLocale('auto', ['de'])).toBe('de');
    expect(resolveLocale('auto', ['de-AT'])).toBe('de');
    expect(resolveLocale('auto', ['en-US', 'de'])).toBe('en');
    expect(resolveLocale('auto', ['fr-FR'])).toBe('en');
    expect(resolveLocale('auto', [])).toBe('en');
    expect(resolveLocale('en', ['de-DE'])).toBe('en');
    expect(resolveLocale('de', ['en-US'])).toBe('de');
  });

  it('translates with parameters', () => {
    expect(createTranslator('en')('stats.sessions', 1)).toBe('1 session');
    expect(createTranslator('de')('stats.sessions', 2)).toBe('2 Einheiten');
  });

  it('renders a message reference, such as a validation error, in each language', () => {
    const ref: MessageRef = { key: 'options.errorRange', args: [1, 180] };
    expect(translateRef(createTranslator('en'), ref)).toBe('Please enter a value from 1 to 180.');
    expect(translateRef(createTranslator('de'), ref)).toBe('Bitte einen Wert von 1 bis 180 eingeben.');
  });
});

describe('catalogue split', () => {
  it('every message the popup, options and background use is in the core catalogue they load', async () => {
    const core = [
      'extension/entrypoints/popup',
      'extension/entrypoints/options',
      'extension/entrypoints/background',
      'extension/features/focus',
      'extension/features/settings',
      'extension/lib',
    ];
    const used = new Set<string>();
    for (const folder of core) {
      for (const file of await readdir(folder, { recursive: true })) {
        if (!/\.tsx?$/.test(file)) continue;
        const source = await readFile(join(folder, file), 'utf8');
        for (const match of source.matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in enCore))).toEqual([]);
  });
});
