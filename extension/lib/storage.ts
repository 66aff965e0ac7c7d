import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { FocusRecordsSchema, FocusTimerSchema } from '../../shared/focus/schemas';
import type { FocusRecord } from '../../shared/focus/stats';
import { type FocusTimer, INITIAL_FOCUS_TIMER } from '../../shared/focus/timer';
import { DEFAULT_PREFERENCES, type Preferences, PreferencesSchema } from '../../shared/preferences';

/** A person's settings. Written by the options page, read everywhere. */
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/** The focus timer's facts. Written only by the background. */
export const focusTimerItem = storage.defineItem<FocusTimer>('local:focusTimer', {
  fallback: INITIAL_FOCUS_TIMER,
  version: 1,
});

/** Ended focus phases for the statistics. Written only by the background. */
export const focusRecordsItem = storage.defineItem<FocusRecord[]>('local:focusRecords', {
  fallback: [],
  version: 1,
});

/**
 * Stored records are validated on every read: a damaged value falls back field by field, so one
 * bad field never costs the others.
 */
export function parsePreferences(raw: unknown): Preferences {
  const whole = v.safeParse(PreferencesSchema, raw);
  if (whole.success) return whole.output;
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <S extends v.GenericSchema>(schema: S, value: unknown, fallback: v.InferOutput<S>) => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : fallback;
  };
  return {
    language: pick(PreferencesSchema.entries.language, fields.language, DEFAULT_PREFERENCES.language),
    sound: pick(PreferencesSchema.entries.sound, fields.sound, DEFAULT_PREFERENCES.sound),
    focus: pick(PreferencesSchema.entries.focus, fields.focus, DEFAULT_PREFERENCES.focus),
  };
}

export function parseFocusTimer(raw: unknown): FocusTimer {
  const result = v.safeParse(FocusTimerSchema, raw);
  return result.success ? result.output : INITIAL_FOCUS_TIMER;
}

/** Keeps every valid record and drops only damaged ones. */
export function parseFocusRecords(raw: unknown): FocusRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((entry) => v.is(FocusRecordsSchema.item, entry));
}
