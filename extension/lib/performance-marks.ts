// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Element Timing identifier of the focus timer's status heading, which renders only once the stored
 * state is loaded: `npm run size` reads when Chromium painted it as the popup's first render.
 */
export const FOCUS_STATUS_ELEMENT_TIMING = 'focus-status';
