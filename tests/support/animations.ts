// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';

/**
 * Brings every running transition to its end state, so that colours are measured and pictured as
 * they settle. Finishing rather than awaiting them: a page the browser does not paint (a second
 * window behind another) never advances its animations.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
    }
  });
}
