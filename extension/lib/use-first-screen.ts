// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';

/** The height of the smallest item of a long list, in CSS pixels (a one-line retro card). */
const SMALLEST_ITEM_PX = 40;

/**
 * How many items of a long list (a column of 300 retro cards) the first render shows: as many as
 * could fit in the first screen, so that it paints sooner (issue #22); the rest follow in the next
 * frame, below the fold. `Infinity` from then on.
 */
export function useFirstScreen(): number {
  const [limit, setLimit] = useState(() => Math.ceil(window.innerHeight / SMALLEST_ITEM_PX));
  // Effects run after the browser has painted.
  useEffect(() => setLimit(Number.POSITIVE_INFINITY), []);
  return limit;
}
