// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { addMessageLoader, createTranslator, loadMessages, messagesReady } from '../../../shared/i18n/locale';

/** The team views' messages come one language at a time (`shared/i18n/teams.ts`). */
describe('messages loaded by language', () => {
  it('are there only in the languages loaded, once loaded, and a failed load is tried again', async () => {
    expect(messagesReady('de') && messagesReady('en')).toBe(true); // no loader: only the core
    const asked: string[] = [];
    let failNext = true;
    addMessageLoader((locale) => {
      asked.push(locale);
      if (locale === 'en' && failNext) {
        failNext = false;
        return Promise.reject(new Error('chunk failed'));
      }
      return Promise.resolve({ 'teams.create': locale === 'de' ? 'Team anlegen' : 'Create team' });
    });
    expect(messagesReady('de')).toBe(false);
    expect(createTranslator('de')('teams.create')).toBe('teams.create');

    await Promise.all([loadMessages('de'), loadMessages('de')]);
    expect(asked).toEqual(['de']);
    expect(messagesReady('de')).toBe(true);
    expect(messagesReady('en')).toBe(false);
    expect(createTranslator('de')('teams.create')).toBe('Team anlegen');

    await expect(loadMessages('en')).rejects.toThrow('chunk failed');
    expect(messagesReady('en')).toBe(false);
    await loadMessages('en');
    expect(createTranslator('en')('teams.create')).toBe('Create team');
    expect(asked).toEqual(['de', 'en', 'en']);
  });
});
