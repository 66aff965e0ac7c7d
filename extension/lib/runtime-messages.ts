// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { FocusActionSchema } from '../../shared/focus/schemas';

/** Requests from extension pages to the background, the only writer of the timer's state. */
export const BackgroundRequestSchema = v.variant('kind', [
  v.object({ kind: v.literal('focus'), action: FocusActionSchema }),
  v.object({ kind: v.literal('clearFocusRecords') }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

export type BackgroundResponse = { ok: true } | { ok: false; error: 'invalid-request' | 'failed' };

/** The message the background sends to the offscreen document to play the chime. */
export const PLAY_CHIME = { kind: 'playChime' } as const;

/** Sends a request to the background; a missing background becomes an error value. */
export async function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  try {
    const response: unknown = await browser.runtime.sendMessage(request);
    return (response as BackgroundResponse | undefined) ?? { ok: false, error: 'failed' };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
