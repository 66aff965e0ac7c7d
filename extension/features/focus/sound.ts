// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BrowserApi } from '../../lib/browser-api';
import { playChime } from '../../lib/chime';
import { PLAY_CHIME } from '../../lib/runtime-messages';

const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Chrome's service worker has no audio, so the chime plays in an offscreen document (closed by
 * Chrome after 30 s of silence). Firefox's background page can play it itself.
 */
export function createChimePlayer(browser: BrowserApi): () => Promise<void> {
  const offscreen = browser.offscreen;
  if (!offscreen) return () => playChime();
  return async () => {
    const url = browser.runtime.getURL(OFFSCREEN_PATH);
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (contexts.length === 0) {
      await offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['AUDIO_PLAYBACK'],
        justification: 'Plays a soft chime when a focus timer phase ends.',
      });
    }
    await browser.runtime.sendMessage(PLAY_CHIME);
  };
}
