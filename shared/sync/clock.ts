// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** One exchange of `time` frames: when the client sent, when it heard back, and the server's clock. */
export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverTime: number;
}

/** How many recent samples are kept; the one with the shortest round trip wins. */
const WINDOW = 8;

export function addSample(samples: readonly ClockSample[], sample: ClockSample): ClockSample[] {
  return [...samples, sample].slice(-WINDOW);
}

/**
 * Server time minus client time, from the sample with the lowest round trip: its error is at most
 * half that round trip. Null before the first sample.
 */
export function clockOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    if (!best || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) best = sample;
  }
  if (!best) return null;
  return best.serverTime - (best.sentAt + best.receivedAt) / 2;
}
