// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BoardRole } from '../../shared/sync/invite';

/** Limits of one board; each has its own error code when reached (docs/protocol.md). */
export const BOARD_LIMITS = {
  /** Open sockets per role: read-only holders can fill only their own slots, never the editors'. */
  maxEditConnections: 64,
  maxReadConnections: 32,
  /** A socket that has not said hello by then is closed (`hello-timeout`). */
  helloTimeoutMs: 5000,
  maxBoardBytes: 64 * 1024 * 1024,
  maxSnapshotChunks: 256,
  maxPresenceBytes: 16 * 1024,
  /** Token buckets per connection: sustained frames per second and burst. */
  updatesPerSecond: 30,
  updateBurst: 60,
  presencePerSecond: 5,
  presenceBurst: 30,
  timePerSecond: 0.2,
  timeBurst: 5,
  /** Log entries read from storage at a time while catching a client up. */
  catchUpPage: 256,
} as const;

/** What survives hibernation for each socket: kept in the WebSocket's attachment. */
export interface Connection extends Bucket {
  connectionId: number;
  role: BoardRole;
  /** True after the hello/welcome handshake. */
  ready: boolean;
  /** When the socket was accepted (absent on sockets accepted by an older version). */
  openedAt?: number;
  presence?: Bucket;
  time?: Bucket;
}

export function newConnection(connectionId: number, role: BoardRole, now: number): Connection {
  return {
    connectionId,
    role,
    ready: false,
    openedAt: now,
    tokens: BOARD_LIMITS.updateBurst,
    refilledAt: now,
    presence: { tokens: BOARD_LIMITS.presenceBurst, refilledAt: now },
    time: { tokens: BOARD_LIMITS.timeBurst, refilledAt: now },
  };
}

/** A token bucket: `tokens` left as of `refilledAt`. */
export interface Bucket {
  tokens: number;
  refilledAt: number;
}

/** Takes one token, refilling at `perSecond` up to `burst`; returns the bucket after and whether it had one. */
export function takeToken<B extends Bucket>(
  bucket: B,
  now: number,
  perSecond: number,
  burst: number,
): { bucket: B; allowed: boolean } {
  const tokens = Math.min(burst, bucket.tokens + (Math.max(0, now - bucket.refilledAt) / 1000) * perSecond);
  const allowed = tokens >= 1;
  return { bucket: { ...bucket, tokens: allowed ? tokens - 1 : tokens, refilledAt: now }, allowed };
}

/** The bucket each rate-limited frame type takes from, with its rates. */
const RATES = {
  update: [BOARD_LIMITS.updatesPerSecond, BOARD_LIMITS.updateBurst],
  presence: [BOARD_LIMITS.presencePerSecond, BOARD_LIMITS.presenceBurst],
  time: [BOARD_LIMITS.timePerSecond, BOARD_LIMITS.timeBurst],
} as const;

/** Takes a token for one frame of a connection; returns the connection after and whether it may pass. */
export function takeFrameToken(
  connection: Connection,
  kind: keyof typeof RATES,
  now: number,
): { connection: Connection; allowed: boolean } {
  const [perSecond, burst] = RATES[kind];
  if (kind === 'update') {
    const { bucket, allowed } = takeToken(connection, now, perSecond, burst);
    return { connection: bucket, allowed };
  }
  const { bucket, allowed } = takeToken(connection[kind] ?? { tokens: burst, refilledAt: now }, now, perSecond, burst);
  return { connection: { ...connection, [kind]: bucket }, allowed };
}
