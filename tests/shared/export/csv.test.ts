// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/export/csv';
import { focusRecordsToCsv } from '../../../shared/focus/export';
import { createTranslator } from '../../../shared/i18n/locale';
import { parseCsv } from '../../support/csv';

/**
 * CSV that opens correctly in the reader's spreadsheet: German Excel and LibreOffice split on
 * semicolons and read decimal commas and "02.12.2026"; English ones split on commas. Checked by
 * parsing the files back with each dialect's separator.
 */
const ROWS = [
  ['Vermerk; Entwurf', 3.75, true, { date: '2026-12-19' }],
  ['Rückmeldung „Haushalt“, Teil 2', 0.5, false, ''],
] as const;

describe('CSV for spreadsheets', () => {
  it('in German: semicolons, decimal commas, ja/nein, German dates, a byte order mark', () => {
    const csv = toCsv(
      'de',
      ['Text', 'Zahl', 'Erledigt', 'Fällig'],
      ROWS.map((row) => [...row]),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('"Vermerk; Entwurf";3,75;ja;19.12.2026');
    expect(parseCsv(csv, ';')).toEqual([
      ['Text', 'Zahl', 'Erledigt', 'Fällig'],
      ['Vermerk; Entwurf', '3,75', 'ja', '19.12.2026'],
      ['Rückmeldung „Haushalt“, Teil 2', '0,5', 'nein', ''],
    ]);
  });

  it('in English: commas, decimal points, yes/no, ISO dates, a byte order mark', () => {
    const csv = toCsv(
      'en',
      ['Text', 'Number', 'Done', 'Due'],
      ROWS.map((row) => [...row]),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv, ',')).toEqual([
      ['Text', 'Number', 'Done', 'Due'],
      ['Vermerk; Entwurf', '3.75', 'yes', '2026-12-19'],
      ['Rückmeldung „Haushalt“, Teil 2', '0.5', 'no', ''],
    ]);
  });

  it('writes the focus statistics with translated headers and local times, formulas neutralised', () => {
    const records = [
      {
        endedAt: new Date(2026, 10, 23, 9, 25).getTime(),
        focusedMs: 25 * 60_000,
        completed: true,
        label: 'Vermerk, "Entwurf"',
      },
      {
        endedAt: new Date(2026, 10, 23, 10, 0).getTime(),
        focusedMs: 90_000,
        completed: false,
        label: '=HYPERLINK("x")',
      },
    ];
    expect(parseCsv(focusRecordsToCsv(records, createTranslator('de'), 'de'), ';')).toEqual([
      ['Ende', 'Fokusminuten', 'Abgeschlossen', 'Bezeichnung'],
      ['23.11.2026 09:25', '25', 'ja', 'Vermerk, "Entwurf"'],
      ['23.11.2026 10:00', '1,5', 'nein', `'=HYPERLINK("x")`],
    ]);
    expect(parseCsv(focusRecordsToCsv(records, createTranslator('en'), 'en'), ',')[1]).toEqual([
      '2026-11-23 09:25',
      '25',
      'yes',
      'Vermerk, "Entwurf"',
    ]);
  });
});
