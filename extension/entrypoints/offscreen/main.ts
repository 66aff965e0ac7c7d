// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { browser } from 'wxt/browser';
import { playChime } from '../../lib/chime';

// Chrome only: the service worker has no audio, so it asks this hidden document to play.
browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { kind?: unknown } | null)?.kind === 'playChime') void playChime();
  return false;
});
