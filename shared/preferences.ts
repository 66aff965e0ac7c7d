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
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'auto', sound: true, focus: DEFAULT_FOCUS_SETTINGS };

export const PreferencesSchema = v.object({
  language: LanguagePreferenceSchema,
  sound: v.boolean(),
  focus: FocusSettingsSchema,
});

export type FocusField = keyof FocusSettings;
export type FocusForm = Record<FocusField, string>;

export type FormResult<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<F, MessageRef>> };

/** Reads a number as typed by a person: German decimal comma allowed, nothing else. */
function parseNumber(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : null;
}

function checkNumber(text: string, range: { min: number; max: number }, whole: boolean): number | MessageRef {
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
