// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';

/** What sticks out sideways on a page: the page itself, or elements wider than their box. */
export function overflowOf(page: Page): Promise<string[]> {
  return page.evaluate(findOverflow);
}

/** The in-page half of `overflowOf`, for any driver's `evaluate` (Playwright, Puppeteer). */
export function findOverflow(): string[] {
  const found: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
  for (const element of document.querySelectorAll<HTMLElement>('body *')) {
    const style = getComputedStyle(element);
    // Deliberate scroll containers (wide tables) may scroll, and what is inside them.
    if (/(auto|scroll)/.test(style.overflowX) || element.closest('.scroll-x')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.right > root.clientWidth + 1) {
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''
      }`;
      found.push(`${name} ends at ${Math.round(box.right)} > ${root.clientWidth}`);
    }
  }
  return [...new Set(found)].slice(0, 12);
}
