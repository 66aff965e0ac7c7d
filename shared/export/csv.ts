// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/** A cell: text, a number, a yes/no, an ISO date (`yyyy-mm-dd`) or a moment (epoch ms). */
export type CsvCell = string | number | boolean | { date: string } | { time: number };

/**
 * How spreadsheets in the reader's language expect CSV. German Excel and LibreOffice split on
 * semicolons (the comma is the decimal sign) and read "02.12.2026" as a date; English ones split on
 * commas. Booleans are words people read. Either way the file starts with a byte order mark, without
 * which Excel reads UTF-8 as something else and garbles umlauts.
 */
const FORMATS: Record<Locale, { separator: string; yes: string; no: string; decimal: Intl.NumberFormat }> = {
  de: {
    separator: ';',
    yes: 'ja',
    no: 'nein',
    decimal: new Intl.NumberFormat('de-DE', { useGrouping: false, maximumFractionDigits: 2 }),
  },
  en: {
    separator: ',',
    yes: 'yes',
    no: 'no',
    decimal: new Intl.NumberFormat('en-GB', { useGrouping: false, maximumFractionDigits: 2 }),
  },
};
const BOM = '\uFEFF';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment in local time as spreadsheets read it: "02.12.2026 09:25" or "2026-12-02 09:25". */
function moment(ms: number, locale: Locale): string {
  const at = new Date(ms);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const iso = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${locale === 'de' ? formatDate(iso, 'de') : iso} ${time}`;
}

/**
 * Formats one CSV field (RFC 4180). Values a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) get a leading apostrophe so they stay text.
 */
export function csvField(value: CsvCell, locale: Locale = 'en'): string {
  const format = FORMATS[locale];
  let text: string;
  if (typeof value === 'boolean') text = value ? format.yes : format.no;
  else if (typeof value === 'number') text = format.decimal.format(value);
  else if (typeof value === 'object')
    text = 'date' in value ? (locale === 'de' ? formatDate(value.date, 'de') : value.date) : moment(value.time, locale);
  else text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const special = new RegExp(`["\\r\\n${format.separator}]`);
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV for the reader's spreadsheet: its separator, CRLF line ends, a byte order mark. */
export function toCsv(locale: Locale, header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const { separator } = FORMATS[locale];
  return (
    BOM +
    [header, ...rows].map((row) => row.map((cell) => csvField(cell, locale)).join(separator)).join('\r\n') +
    '\r\n'
  );
}
