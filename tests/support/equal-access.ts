// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { settleAnimations } from './animations';

/**
 * The second rules engine beside axe-core: IBM's Equal Access checker engine, run locally from
 * the npm package, with its WCAG 2.2 A and AA rule set. It is evaluated in the page through the
 * browser's remote protocol (DevTools or WebDriver BiDi), which extension pages' content security
 * policy does not stop. Chromium's tests reach it through `equalAccessViolations`, Firefox's
 * through `tests/support/firefox.ts`.
 */
export const EQUAL_ACCESS_ENGINE = `${readFileSync(
  createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'),
  'utf8',
)};globalThis.ace = ace;`;

interface AceResult {
  ruleId: string;
  value: [string, string];
  path: { dom: string };
  message: string;
  snippet: string;
}

type Engine = { Checker: new () => { check(doc: Document, rules: string[]): Promise<{ results: AceResult[] }> } };

/**
 * Runs in the page (after `EQUAL_ACCESS_ENGINE`): the rule set's certain failures (not the "needs
 * review" ones), for the page as it is and again with its collapsed `<details>` opened (and closed
 * again after), since what unfolds must pass too. In the page as it is, failures of elements nobody
 * can see are left out: the engine judges the controls in a closed `<details>` without their
 * (equally hidden) labels.
 */
export async function equalAccessInPage(): Promise<string[]> {
  const { ace } = globalThis as unknown as { ace: Engine };
  const failures = async () =>
    (await new ace.Checker().check(document, ['WCAG_2_2'])).results.filter(
      (result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL',
    );
  const visible = (result: AceResult) => {
    const node = document.evaluate(
      result.path.dom,
      document,
      null,
      XPathResult.FIRST_ORDERED_NODE_TYPE,
      null,
    ).singleNodeValue;
    return !(node instanceof Element) || node.checkVisibility();
  };
  const found = (await failures()).filter(visible);
  const closed = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
  for (const details of closed) details.open = true;
  try {
    if (closed.length > 0) {
      // What unfolds may start colour transitions (from styles it had when last shown, in another
      // colour scheme): lay the page out so they exist, and take them to their end.
      document.body.getBoundingClientRect();
      for (const animation of document.getAnimations()) {
        if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
      }
      found.push(...(await failures()));
    }
  } finally {
    for (const details of closed) details.open = false;
  }
  return [
    ...new Set(found.map((result) => `${result.ruleId}: ${result.message} at ${result.path.dom} ${result.snippet}`)),
  ];
}

/** What the Equal Access engine finds on a page in Chromium. */
export async function equalAccessViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'ace' in globalThis))) await page.evaluate(EQUAL_ACCESS_ENGINE);
  await settleAnimations(page);
  return page.evaluate(equalAccessInPage);
}
