// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingTests, testReferences } from './test-references';

/** WCAG 2.2's success criteria at levels A and AA (4.1.1, dropped in 2.2, is still in EN 301 549 V3.2.1). */
const CRITERIA = [
  ['1.1.1', 'A'],
  ...['1.2.1', '1.2.2', '1.2.3'].map((sc) => [sc, 'A']),
  ['1.2.4', 'AA'],
  ['1.2.5', 'AA'],
  ...['1.3.1', '1.3.2', '1.3.3'].map((sc) => [sc, 'A']),
  ['1.3.4', 'AA'],
  ['1.3.5', 'AA'],
  ['1.4.1', 'A'],
  ['1.4.2', 'A'],
  ...['1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11', '1.4.12', '1.4.13'].map((sc) => [sc, 'AA']),
  ...['2.1.1', '2.1.2', '2.1.4', '2.2.1', '2.2.2', '2.3.1'].map((sc) => [sc, 'A']),
  ...['2.4.1', '2.4.2', '2.4.3', '2.4.4'].map((sc) => [sc, 'A']),
  ...['2.4.5', '2.4.6', '2.4.7', '2.4.11'].map((sc) => [sc, 'AA']),
  ...['2.5.1', '2.5.2', '2.5.3', '2.5.4'].map((sc) => [sc, 'A']),
  ['2.5.7', 'AA'],
  ['2.5.8', 'AA'],
  ['3.1.1', 'A'],
  ['3.1.2', 'AA'],
  ['3.2.1', 'A'],
  ['3.2.2', 'A'],
  ['3.2.3', 'AA'],
  ['3.2.4', 'AA'],
  ['3.2.6', 'A'],
  ['3.3.1', 'A'],
  ['3.3.2', 'A'],
  ['3.3.3', 'AA'],
  ['3.3.4', 'AA'],
  ['3.3.7', 'A'],
  ['3.3.8', 'AA'],
  ['4.1.2', 'A'],
  ['4.1.3', 'AA'],
  ['4.1.1', 'A'],
] as const;

/** Criteria new in WCAG 2.2, which EN 301 549 V3.2.1 does not have yet. */
const NEW_IN_2_2 = new Set(['2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8']);

const STATEMENTS = { 'docs/de/barrierefreiheit.md': 'manuell:', 'docs/en/accessibility.md': 'manual:' };

interface Row {
  sc: string;
  en: string;
  level: string;
  result: string;
  check: string;
}

function rows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^\| \d\.\d+\.\d+ /.test(line))
    .map((line) => {
      const [sc, en, level, , result, check] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return { sc: sc!, en: en!, level: level!, result: result!, check: check! };
    });
}

describe.each(Object.entries(STATEMENTS))('the accessibility statement %s', (file, manual) => {
  const table = rows(file);

  it('assesses every WCAG 2.2 A and AA criterion once, at its level, with its EN 301 549 clause', () => {
    expect(table.map((row) => [row.sc, row.level])).toEqual(CRITERIA.map(([sc, level]) => [sc, level]));
    for (const row of table) expect(row.en, row.sc).toBe(NEW_IN_2_2.has(row.sc) ? '—' : `9.${row.sc}`);
  });

  it('names, for each criterion, a test that exists or why it is checked by hand', () => {
    for (const row of table) {
      const named = testReferences(row.check).length > 0;
      expect(named || row.check.startsWith(manual), `${row.sc}: ${row.check}`).toBe(true);
    }
    expect(missingTests(readFileSync(file, 'utf8'))).toEqual([]);
    // Most of it is checked by tests, not by hand.
    expect(table.filter((row) => testReferences(row.check).length > 0).length).toBeGreaterThanOrEqual(35);
  });

  it('says the same as its twin: the same results and the same tests', () => {
    const other = rows(Object.keys(STATEMENTS).find((name) => name !== file)!);
    expect(table.map((row) => testReferences(row.check))).toEqual(other.map((row) => testReferences(row.check)));
    const met = (result: string) => ['erfüllt', 'met'].includes(result);
    expect(table.map((row) => met(row.result))).toEqual(other.map((row) => met(row.result)));
  });
});
