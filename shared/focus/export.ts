// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { toCsv } from '../export/csv';
import type { Locale, Translate } from '../i18n/locale';
import type { FocusRecord } from './stats';

/** The focus statistics as CSV for the reader's spreadsheet: one row per focus phase, local times. */
export function focusRecordsToCsv(records: readonly FocusRecord[], t: Translate, locale: Locale): string {
  return toCsv(
    locale,
    [t('focus.csv.endedAt'), t('focus.csv.minutes'), t('focus.csv.completed'), t('focus.csv.label')],
    records.map((r) => [{ time: r.endedAt }, Math.round((r.focusedMs / 60_000) * 100) / 100, r.completed, r.label]),
  );
}

/** The focus statistics as JSON, with a format marker so a later import can recognise it. */
export function focusRecordsToJson(records: readonly FocusRecord[], exportedAt: number): string {
  const sessions = records.map((r) => ({
    endedAt: new Date(r.endedAt).toISOString(),
    focusedMs: r.focusedMs,
    completed: r.completed,
    label: r.label,
  }));
  return JSON.stringify(
    { format: 'team-rituals.focus-statistics', version: 1, exportedAt: new Date(exportedAt).toISOString(), sessions },
    null,
    2,
  );
}
