// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { settleAnimations } from './animations';

/**
 * The second rules engine beside axe-core: IBM's Equal Access checker engine, run locally from
 * the npm package, with its WCAG 2.2 A and AA rule set. It is read once and evaluated in the page
 * through the DevTools protocol, which extension pages' content security policy does not stop.
 */
const source = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');

interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  path: { dom: string };
  message: string;
  snippet: string;
}

type Engine = { Checker: new () => { check(doc: Document, rules: string[]): Promise<{ results: AceResult[] }> } };

/**
 * The rule set's certain failures (not the "needs review" ones), for the page as it is and again
 * with its collapsed `<details>` opened (and closed again after): what unfolds must pass too. In
 * the page as it is, failures of elements nobody can see are left out; the engine judges the
 * controls in a closed `<details>` without their (equally hidden) labels.
 */
export async function equalAccessViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'ace' in globalThis))) await page.evaluate(`${source};globalThis.ace = ace;`);
  await settleAnimations(page);
  const results = await page.evaluate(async () => {
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
    const asItIs = (await failures()).filter(visible);
    const closed = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
    for (const details of closed) details.open = true;
    try {
      // What unfolds may start colour transitions (from styles it had when last shown, in another
      // colour scheme): lay the page out so they exist, and take them to their end.
      document.body.getBoundingClientRect();
      for (const animation of document.getAnimations()) {
        if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
      }
      return [...asItIs, ...(closed.length > 0 ? await failures() : [])];
    } finally {
      for (const details of closed) details.open = false;
    }
  });
  return [
    ...new Set(results.map((result) => `${result.ruleId}: ${result.message} at ${result.path.dom} ${result.snippet}`)),
  ];
}
