// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { settleAnimations } from '../../tests/support/animations';
import { overflowOf } from '../../tests/support/reflow';

/** The widths people use, and the modes a view must survive (issue #16). */
export const VARIANTS = {
  /** The side panel at its common width. */
  '380': { width: 380, forced: false },
  /** WCAG 1.4.10 reflow: 320 CSS pixels. */
  '320': { width: 320, forced: false },
  /** A 400 px side panel at 200 % zoom: 200 CSS pixels. */
  zoom200: { width: 200, forced: false },
  /** Windows high contrast. */
  forced: { width: 380, forced: true },
  /** The retro board in a tab. */
  '1280': { width: 1280, forced: false },
} as const;
export type Variant = keyof typeof VARIANTS;

/** Takes pictures of pages in the variants asked for, and keeps a report of what overflowed. */
export function camera(out: string) {
  mkdirSync(out, { recursive: true });
  const report: string[] = [];
  const shots: string[] = [];
  return {
    async shoot(page: Page, name: string, variants: Variant[]) {
      const size = page.viewportSize() ?? { width: 380, height: 900 };
      for (const variant of variants) {
        const { width, forced } = VARIANTS[variant];
        await page.setViewportSize({ width, height: size.height });
        await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
        await settleAnimations(page);
        const file = `${name}--${variant}.png`;
        await page.screenshot({ path: join(out, file), fullPage: true });
        shots.push(file);
        const overflow = await overflowOf(page);
        if (overflow.length > 0) report.push(`${file}:\n  ${overflow.join('\n  ')}`);
      }
      await page.emulateMedia({ forcedColors: 'none' });
      await page.setViewportSize(size);
    },
    finish() {
      writeFileSync(join(out, 'overflow.txt'), report.length ? `${report.join('\n')}\n` : 'nothing overflows\n');
      const items = shots.map((file) => `<figure><img src="${file}" alt=""><figcaption>${file}</figcaption></figure>`);
      writeFileSync(
        join(out, 'index.html'),
        `<!doctype html><meta charset="utf-8"><title>Screenshots</title><style>body{font:14px sans-serif}figure{display:inline-block;vertical-align:top;margin:8px;border:1px solid #ccc}img{max-width:420px;display:block}</style>${items.join('\n')}`,
      );
      return { shots: shots.length, overflowing: report.length };
    },
  };
}
