// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import {
  DEFAULT_FOCUS_SETTINGS,
  type FocusSettings,
  FocusSettingsSchema,
  LONG_BREAK_EVERY_RANGE,
  MINUTES_RANGE,
} from './focus/settings';
import { type LanguagePreference, LanguagePreferenceSchema } from './i18n/locale';
import type { MessageRef } from './i18n/messages';

/** A person's settings, stored locally in the extension. */
export interface Preferences {
  language: LanguagePreference;
  sound: boolean;
  focus: FocusSettings;
  /**
   * The sync server new teams are created on ('' until one is set); a team keeps the server it
   * was created on.
   */
  server: string;
  /** Opt-in: "your turn is next" and "the stand-up timebox is over". */
  notifyStandup: boolean;
  /**
   * Days a new team or retro is kept on the server once unused; null until chosen (the
   * organisation's default applies, else the server's). Added 2026-12: older records lack it.
   */
  retentionDays: number | null;
}

/** Host names of this computer: the only ones plain http is accepted for. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Defaults without a sync server: a store package sets none (an agency sets its own); the
 * extension's development build puts the local one in (`extension/lib/build-mode.ts`).
 */
export const DEFAULT_PREFERENCES: Preferences = {
  language: 'auto',
  sound: true,
  focus: DEFAULT_FOCUS_SETTINGS,
  server: '',
  notifyStandup: false,
  retentionDays: null,
};

/**
 * A sync server's base URL as typed: https, or plain http for this computer only (the team key
 * never leaves the device either way, but tokens and metadata would cross the network in clear).
 * Returns it without a trailing slash, or null.
 */
export function normalizeServer(text: string): string | null {
  const match = SERVER_URL.exec(text.trim());
  if (!match) return null;
  const [, scheme, host, port, path] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  const hostname = host.toLowerCase();
  if (scheme.toLowerCase() !== 'https' && !LOOPBACK.includes(hostname)) return null;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  return `${scheme.toLowerCase()}://${hostname}${port ? `:${port}` : ''}${(path ?? '').replace(/\/+$/, '')}`;
}

/** Whether a server address is plain http to another computer (tokens and metadata in clear). */
export function isInsecureServer(url: string): boolean {
  const match = /^http:\/\/(\[[^\]]*\]|[^/:?#]*)/i.exec(url.trim());
  return match !== null && !LOOPBACK.includes(match[1]!.toLowerCase());
}

/** scheme, host (name, IPv4 or bracketed IPv6), optional port, optional path; nothing else. */
const SERVER_URL = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}))?(\/[a-z0-9._~%!$&'()*+,;=:@/-]*)?$/i;

const ServerSchema = v.pipe(
  v.string(),
  v.check((text) => text === '' || normalizeServer(text) === text),
);

export const PreferencesSchema = v.object({
  language: LanguagePreferenceSchema,
  sound: v.boolean(),
  focus: FocusSettingsSchema,
  server: ServerSchema,
  notifyStandup: v.boolean(),
  retentionDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
});

export type FocusField = keyof FocusSettings;
export type FocusForm = Record<FocusField, string>;

export type FormResult<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<F, MessageRef>> };

/** Reads a number as typed by a person: German decimal comma allowed, nothing else. */
export function parseNumber(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : null;
}

export function checkNumber(text: string, range: { min: number; max: number }, whole: boolean): number | MessageRef {
  const value = parseNumber(text);
  if (value === null) return { key: 'options.errorNumber', args: [] };
  if (whole && !Number.isInteger(value)) return { key: 'options.errorWhole', args: [] };
  if (value < range.min || value > range.max) return { key: 'options.errorRange', args: [range.min, range.max] };
  return value;
}

/** Validates the focus timer form; on any error nothing is returned to save. */
export function validateFocusForm(form: FocusForm): FormResult<FocusSettings, FocusField> {
  const checks = {
    focusMinutes: checkNumber(form.focusMinutes, MINUTES_RANGE, false),
    shortBreakMinutes: checkNumber(form.shortBreakMinutes, MINUTES_RANGE, false),
    longBreakMinutes: checkNumber(form.longBreakMinutes, MINUTES_RANGE, false),
    longBreakEvery: checkNumber(form.longBreakEvery, LONG_BREAK_EVERY_RANGE, true),
  };
  const errors: Partial<Record<FocusField, MessageRef>> = {};
  for (const [field, result] of Object.entries(checks) as [FocusField, number | MessageRef][]) {
    if (typeof result !== 'number') errors[field] = result;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: checks as FocusSettings };
}

/** The form's text for stored settings. */
export function focusFormOf(settings: FocusSettings): FocusForm {
  return {
    focusMinutes: String(settings.focusMinutes),
    shortBreakMinutes: String(settings.shortBreakMinutes),
    longBreakMinutes: String(settings.longBreakMinutes),
    longBreakEvery: String(settings.longBreakEvery),
  };
}
