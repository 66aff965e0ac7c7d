// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { encodeServerFrame } from '../../shared/sync/codec';
import { MAX_CHUNK_BYTES, MAX_FRAME_BYTES } from '../../shared/sync/frames';
import { catchUpFrames } from '../../worker/board/catch-up';

const entry = (seq: number, bytes: number) => ({ seq, payload: new Uint8Array(bytes).fill(seq % 256) });

describe('the catch-up in frames', () => {
  it('packs as many entries as fit into one frame, in order, never over the frame limit', () => {
    const entries = Array.from({ length: 7 }, (_, i) => entry(i + 1, 200_000));
    const frames = [...catchUpFrames(entries, true)];
    expect(frames.map((frame) => frame.type === 'updates' && [frame.uptoSeq, frame.payloads.length])).toEqual([
      [2, 2],
      [4, 2],
      [6, 2],
      [7, 1],
    ]);
    for (const frame of frames) expect(encodeServerFrame(frame).length).toBeLessThanOrEqual(MAX_FRAME_BYTES);
    expect(frames.flatMap((frame) => (frame.type === 'updates' ? frame.payloads : []))).toEqual(
      entries.map((each) => each.payload),
    );
  });

  it('sends an entry too large to share a frame on its own, between pages', () => {
    // Beyond what a page holds beside its header, but a frame of its own still carries it.
    const huge = entry(2, MAX_CHUNK_BYTES);
    const frames = [...catchUpFrames([entry(1, 10), huge, entry(3, 10)], true)];
    expect(frames.map((frame) => frame.type)).toEqual(['updates', 'update', 'updates']);
    expect(frames[1]).toEqual({ type: 'update', ...huge });
    for (const frame of frames) expect(encodeServerFrame(frame).length).toBeLessThanOrEqual(MAX_FRAME_BYTES);
  });

  it('sends protocol 1 one entry a frame, and nothing for an empty log', () => {
    expect([...catchUpFrames([entry(1, 3), entry(2, 3)], false)]).toEqual([
      { type: 'update', ...entry(1, 3) },
      { type: 'update', ...entry(2, 3) },
    ]);
    expect([...catchUpFrames([], true)]).toEqual([]);
  });
});
