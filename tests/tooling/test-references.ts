// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';

/**
 * Documents for approvers name the tests that prove what they say, as `tests/….test.ts` › „title“.
 * These read such references and check that each test still exists with that title.
 */
export interface TestReference {
  file: string;
  title: string;
}

export function testReferences(text: string): TestReference[] {
  return [...text.matchAll(/`(tests\/[^`]+\.test\.tsx?)` › „([^“]+)“/g)].map((match) => ({
    file: match[1]!,
    title: match[2]!,
  }));
}

/** Whether `file` has a test called `title`; a title built from a template matches by its fixed part. */
export function hasTest(file: string, title: string): boolean {
  if (!existsSync(file)) return false;
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bit\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].some((match) => {
    const text = match[2]!.replace(/\\(.)/g, '$1');
    if (!text.includes('${')) return text === title;
    const fixed = text.split('${')[0]!;
    return fixed.length > 10 && (fixed.startsWith(title) || title.startsWith(fixed));
  });
}

/** The references in `text` whose test does not exist (renamed, removed, or never written). */
export const missingTests = (text: string) => testReferences(text).filter(({ file, title }) => !hasTest(file, title));
