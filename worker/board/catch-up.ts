// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bytes } from '../../shared/encoding/bytes';
import { MAX_CHUNK_BYTES, type ServerFrame } from '../../shared/sync/frames';

/** Bytes a payload adds to an `updates` frame beside itself: its length (4 bytes for any frame size). */
const PER_PAYLOAD = 4;

/**
 * The log after a client's last sequence number as protocol 2 sends it: `updates` frames of as many
 * entries as fit in one frame, in order. An entry too large to share a frame goes on its own as an
 * `update`. Protocol 1 clients get every entry as an `update` (`pages` is false).
 */
export function* catchUpFrames(
  entries: Iterable<{ seq: number; payload: Bytes }>,
  pages: boolean,
): Generator<ServerFrame> {
  let payloads: Bytes[] = [];
  let size = 0;
  let uptoSeq = 0;
  const page = (): ServerFrame => {
    const frame: ServerFrame = { type: 'updates', uptoSeq, payloads };
    payloads = [];
    size = 0;
    return frame;
  };
  for (const entry of entries) {
    const cost = entry.payload.length + PER_PAYLOAD;
    if (!pages || cost > MAX_CHUNK_BYTES) {
      if (payloads.length > 0) yield page();
      yield { type: 'update', ...entry };
      continue;
    }
    if (size + cost > MAX_CHUNK_BYTES) yield page();
    payloads.push(entry.payload);
    size += cost;
    uptoSeq = entry.seq;
  }
  if (payloads.length > 0) yield page();
}
