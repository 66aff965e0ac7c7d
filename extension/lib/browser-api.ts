// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { browser } from 'wxt/browser';

/** The WebExtension API object; passed into logic as a parameter so tests can hand in a fake. */
export type BrowserApi = typeof browser;
