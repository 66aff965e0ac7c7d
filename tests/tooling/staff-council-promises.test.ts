// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The staff council's summary (`docs/de/personalrat/zusammenfassung.md`, and its English version) names, for each promise,
 * the tests that prove it: `tests/….test.ts` › „title“. Each must still exist, with that title
 * (a title built from a template counts by its fixed beginning).
 */
const SUMMARIES = ['docs/de/personalrat/zusammenfassung.md', 'docs/en/staff-council/summary.md'];

function references(text: string): { file: string; title: string }[] {
  return [...text.matchAll(/`(tests\/[^`]+\.test\.tsx?)` › „([^“]+)“/g)].map((match) => ({
    file: match[1]!,
    title: match[2]!,
  }));
}

/** Whether `file` has a test called `title`; a title built from a template matches by its fixed part. */
function hasTest(file: string, title: string): boolean {
  if (!existsSync(file)) return false;
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bit\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].some((match) => {
    const text = match[2]!.replace(/\\(.)/g, '$1');
    if (!text.includes('${')) return text === title;
    const fixed = text.split('${')[0]!;
    return fixed.length > 10 && (fixed.startsWith(title) || title.startsWith(fixed));
  });
}

describe.each(SUMMARIES)("the staff council's summary %s", (SUMMARY) => {
  const named = references(readFileSync(SUMMARY, 'utf8'));

  it('names a test for each of its promises', () => {
    const promises = readFileSync(SUMMARY, 'utf8').match(/^\d+\. \*\*/gm) ?? [];
    expect(promises.length).toBeGreaterThanOrEqual(8);
    expect(named.length).toBeGreaterThanOrEqual(promises.length);
  });

  it('names only tests that exist', () => {
    const missing = named.filter(({ file, title }) => !hasTest(file, title));
    expect(missing).toEqual([]);
  });

  it('would notice a test that was renamed or removed', () => {
    const [first] = named;
    expect(hasTest(first!.file, first!.title)).toBe(true);
    expect(hasTest(first!.file, `${first!.title} (renamed)`)).toBe(false);
    expect(hasTest('tests/e2e/no-such.test.ts', first!.title)).toBe(false);
  });
});
