// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICE_FILES, renderNotice } from '../../scripts/privacy-notice';
import { missingTests, testReferences } from './test-references';

/** The data-protection documents (German first, for those who approve) and their English twins. */
const TWINS: Record<string, string> = {
  'README.md': 'README.md',
  'verarbeitungsverzeichnis.md': 'record-of-processing.md',
  'toms.md': 'toms.md',
  'dsfa-schwellwertanalyse.md': 'dpia-screening.md',
  'avv-checkliste.md': 'dpa-checklist.md',
  'datenschutzhinweise.md': 'privacy-notice.md',
};
const DE = 'docs/de/datenschutz';
const EN = 'docs/en/data-protection';
const read = (path: string) => readFileSync(path, 'utf8');
const headings = (markdown: string, level: number) =>
  [...markdown.matchAll(new RegExp(`^${'#'.repeat(level)} (.+)$`, 'gm'))].map((match) => match[1]!);

describe('the data-protection documents', () => {
  it('exist in German and in English, each with its twin', () => {
    expect(readdirSync(DE).toSorted()).toEqual(Object.keys(TWINS).toSorted());
    expect(readdirSync(EN).toSorted()).toEqual(Object.values(TWINS).toSorted());
    for (const [de, en] of Object.entries(TWINS)) {
      // Twins say the same: as many sections, tables and checklist items.
      const [german, english] = [read(`${DE}/${de}`), read(`${EN}/${en}`)];
      expect(headings(english, 2).length, en).toBe(headings(german, 2).length);
      expect(english.match(/^- \[ \]/gm)?.length, en).toBe(german.match(/^- \[ \]/gm)?.length);
      expect(testReferences(english), en).toEqual(testReferences(german));
    }
  });

  it('name, for each technical measure, a test that exists', () => {
    const measures = read(`${DE}/toms.md`)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Maßnahme') && !line.startsWith('| ---'));
    expect(measures.length).toBeGreaterThanOrEqual(15);
    for (const row of measures) expect(testReferences(row).length, row).toBeGreaterThan(0);
    for (const file of Object.entries(TWINS).flatMap(([de, en]) => [`${DE}/${de}`, `${EN}/${en}`]))
      expect(missingTests(read(file)), file).toEqual([]);
  });

  it('put the privacy notice into the product as written, both languages, no raw HTML', () => {
    const page = renderNotice();
    for (const [language, file] of Object.entries(NOTICE_FILES)) {
      const markdown = read(file);
      expect(existsSync(file)).toBe(true);
      expect(page).toContain(
        `<section id="notice-${language}" lang="${language}"><h2>${headings(markdown, 1)[0]}</h2>`,
      );
      for (const heading of headings(markdown, 2)) expect(page).toContain(`<h3>${heading}</h3>`);
    }
    expect(page).not.toMatch(/<(script|style|iframe|img)/i);
  });
});
