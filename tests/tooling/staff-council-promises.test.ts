// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasTest, missingTests, testReferences } from './test-references';

/**
 * The staff council's summary (`docs/de/personalrat/zusammenfassung.md`, and its English version) names, for each promise,
 * the tests that prove it: `tests/….test.ts` › „title“. Each must still exist, with that title
 * (a title built from a template counts by its fixed beginning).
 */
const SUMMARIES = ['docs/de/personalrat/zusammenfassung.md', 'docs/en/staff-council/summary.md'];

describe.each(SUMMARIES)("the staff council's summary %s", (SUMMARY) => {
  const named = testReferences(readFileSync(SUMMARY, 'utf8'));

  it('names a test for each of its promises', () => {
    const promises = readFileSync(SUMMARY, 'utf8').match(/^\d+\. \*\*/gm) ?? [];
    expect(promises.length).toBeGreaterThanOrEqual(8);
    expect(named.length).toBeGreaterThanOrEqual(promises.length);
  });

  it('names only tests that exist', () => {
    expect(missingTests(readFileSync(SUMMARY, 'utf8'))).toEqual([]);
  });

  it('would notice a test that was renamed or removed', () => {
    const [first] = named;
    expect(hasTest(first!.file, first!.title)).toBe(true);
    expect(hasTest(first!.file, `${first!.title} (renamed)`)).toBe(false);
    expect(hasTest('tests/e2e/no-such.test.ts', first!.title)).toBe(false);
  });
});
