// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Locator, Page } from 'playwright-core';

/**
 * A person who uses only the keyboard. Locators say where they want to go, never how: the focus
 * gets there by Tab (or Shift+Tab), tab lists by their arrow keys, and things happen by Enter,
 * Space and typing. Each stop on the way is checked: the focus is visible (WCAG 2.4.7) and not
 * hidden behind something else (2.4.11). What went wrong is collected in `problems`.
 */
export function keyboardUser(page: Page, maxStops = 150) {
  const problems: string[] = [];

  const focused = (target: Locator) =>
    target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));

  /** What the focused element is, and whether a sighted person can see that it has the focus. */
  const stop = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return { name: 'the page', problem: null };
      const style = getComputedStyle(element);
      const name =
        element.getAttribute('aria-label') ||
        (element as HTMLInputElement).labels?.[0]?.textContent ||
        element.textContent?.trim().slice(0, 40) ||
        element.tagName;
      // Inside a built-in control (the calendar button of a date field) the browser draws the ring
      // on its own part, and the field itself does not match :focus.
      const ring =
        !element.matches(':focus') ||
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      const box = element.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const onTop = document.elementFromPoint(x, y);
      const covered =
        !!onTop &&
        !element.contains(onTop) &&
        !onTop.contains(element) &&
        !(element as HTMLInputElement).labels?.[0]?.contains(onTop);
      const problem = !ring
        ? `no visible focus (outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow})`
        : covered
          ? `hidden behind ${onTop.tagName.toLowerCase()}.${onTop.className}`
          : null;
      return { name: `${element.tagName.toLowerCase()} "${name}"`, problem };
    });

  /** Tabs until `target` has the focus. */
  async function tabTo(target: Locator, { backwards = false } = {}) {
    if (await focused(target)) return;
    const visited: string[] = [];
    for (let i = 0; i < maxStops; i++) {
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      const { name, problem } = await stop();
      visited.push(name);
      if (problem) problems.push(`${name}: ${problem}`);
      if (await focused(target)) return;
    }
    throw new Error(`Tab never reached ${String(target)}; it went ${visited.join(' → ')}`);
  }

  return {
    problems,
    tabTo,
    /** Tabs to `target` and presses a key there (Enter by default). */
    async press(target: Locator, key = 'Enter') {
      await tabTo(target);
      await page.keyboard.press(key);
    },
    /** Tabs to a field and types into it. */
    async type(target: Locator, text: string) {
      await tabTo(target);
      await page.keyboard.type(text);
    },
    /** Opens a tab of a tab list: Tab to the list's selected tab, then arrows until it is `name`. */
    async openTab(tablist: Locator, name: string) {
      await tabTo(tablist.locator('[role="tab"][aria-selected="true"]'));
      const wanted = tablist.getByRole('tab', { name, exact: true });
      for (let i = 0; i < 10 && !(await focused(wanted)); i++) await page.keyboard.press('ArrowRight');
      if (!(await focused(wanted))) throw new Error(`the arrow keys never reached the tab ${name}`);
    },
  };
}
