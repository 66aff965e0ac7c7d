// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** Reconnect delays: exponential, capped, with full jitter so clients do not return in step. */
export const BACKOFF = { baseMs: 500, capMs: 30_000 } as const;

/** The delay before reconnect attempt `attempt` (0 for the first), given a random number in [0, 1). */
export function backoffDelay(attempt: number, random: number): number {
  const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random * ceiling);
}
