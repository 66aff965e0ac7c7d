// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Element Timing identifier of each view's first useful content, the element a person reads first
 * (the popup's focus status, the settings' first section, a retro board's cards in the first
 * screen, …). It renders only once the view's state is there, so the benchmark (`bench/views.ts`,
 * `npm run size`) reads when Chromium painted it.
 */
export const FIRST_USEFUL_CONTENT = 'first-useful';
