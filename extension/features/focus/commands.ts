// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** The manifest command that starts or pauses the focus timer (see wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-focus';
