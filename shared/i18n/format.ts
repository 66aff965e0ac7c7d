// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from './locale';

/**
 * Dates, times and numbers in the reader's language, through `Intl`: German office style
 * ("02.12.2026", "3,8"), English in British style ("2 Dec 2026", "3.8"). Stored dates stay ISO
 * (`yyyy-mm-dd`); only what people read is formatted.
 */
const TAG: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const DAY: Record<Locale, Intl.DateTimeFormatOptions> = {
  de: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};
const dateFormats = {
  de: new Intl.DateTimeFormat(TAG.de, { ...DAY.de, timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(TAG.en, { ...DAY.en, timeZone: 'UTC' }),
};

/** An ISO date (`2026-12-02`) as people read it; anything else is returned as it is. */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return dateFormats[locale].format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A moment (epoch milliseconds) as a date in the reader's time zone. */
export function formatDay(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(TAG[locale], DAY[locale]).format(ms);
}

/** A moment as a time of day ("09:30"), on this device's clock or in `timeZone`. */
export function formatTime(ms: number, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(TAG[locale], { hour: '2-digit', minute: '2-digit', timeZone }).format(ms);
}

/** A number with at most `digits` decimals ("3,75" in German). */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: digits }).format(value);
}

/**
 * A moment with its weekday and time in a time zone ("Mo., 7. Dez., 09:00"), followed by the zone
 * when this device's clock runs in another one.
 */
export function formatWhen(ms: number, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(TAG[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(ms);
  return new Intl.DateTimeFormat().resolvedOptions().timeZone === timeZone ? text : `${text} (${timeZone})`;
}

/** How far ahead a moment is, in words ("in 25 Minuten", "morgen", "in 3 days"). */
export function formatFromNow(ms: number, now: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(TAG[locale], { numeric: 'auto' });
  const minutes = Math.max(0, Math.round((ms - now) / 60_000));
  if (minutes < 60) return format.format(minutes, 'minute');
  if (minutes < 24 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / (24 * 60)), 'day');
}
