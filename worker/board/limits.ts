import type { BoardRole } from '../../shared/sync/invite';

/** Limits of one board; each has its own error code when reached (docs/protocol.md). */
export const BOARD_LIMITS = {
  maxConnections: 64,
  maxBoardBytes: 64 * 1024 * 1024,
  maxSnapshotChunks: 256,
  maxPresenceBytes: 16 * 1024,
  /** Token bucket per connection: sustained updates per second and burst. */
  updatesPerSecond: 30,
  updateBurst: 60,
} as const;

/** What survives hibernation for each socket: kept in the WebSocket's attachment. */
export interface Connection extends Bucket {
  connectionId: number;
  role: BoardRole;
  /** True after the hello/welcome handshake. */
  ready: boolean;
}

export function newConnection(connectionId: number, role: BoardRole, now: number): Connection {
  return { connectionId, role, ready: false, tokens: BOARD_LIMITS.updateBurst, refilledAt: now };
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
