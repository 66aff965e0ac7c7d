// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../shared/encoding/hex';
import { decodeClientFrame, decodeServerFrame, encodeClientFrame, encodeServerFrame } from '../../../shared/sync/codec';
import {
  CLIENT_FRAME_SPECS,
  type ClientFrame,
  ERROR_CODES,
  MAX_FRAME_BYTES,
  SERVER_FRAME_SPECS,
  type ServerFrame,
} from '../../../shared/sync/frames';

const wireUint = fc.oneof(fc.nat(300), fc.nat(), fc.maxSafeNat());
const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array(b));
const id = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => new Uint8Array(b));

const clientFrame: fc.Arbitrary<ClientFrame> = fc.oneof(
  fc.record({ type: fc.constant('hello' as const), version: wireUint, lastSeq: wireUint }),
  fc.record({ type: fc.constant('update' as const), messageId: id, payload: bytes }),
  fc.record({
    type: fc.constant('snapshot' as const),
    uploadId: wireUint,
    uptoSeq: wireUint,
    index: wireUint,
    total: wireUint,
    payload: bytes,
  }),
  fc.record({ type: fc.constant('presence' as const), payload: bytes }),
  fc.record({ type: fc.constant('time' as const), clientTime: wireUint }),
);

const serverFrame: fc.Arbitrary<ServerFrame> = fc.oneof(
  fc.record({
    type: fc.constant('welcome' as const),
    version: wireUint,
    role: fc.constantFrom('edit' as const, 'read' as const),
    connectionId: wireUint,
    headSeq: wireUint,
    serverTime: wireUint,
  }),
  fc.record({
    type: fc.constant('snapshot' as const),
    uptoSeq: wireUint,
    index: wireUint,
    total: wireUint,
    payload: bytes,
  }),
  fc.record({ type: fc.constant('update' as const), seq: wireUint, payload: bytes }),
  fc.record({ type: fc.constant('caughtUp' as const), headSeq: wireUint }),
  fc.record({ type: fc.constant('updates' as const), uptoSeq: wireUint, payloads: fc.array(bytes, { maxLength: 20 }) }),
  fc.record({ type: fc.constant('ack' as const), messageId: id, seq: wireUint }),
  fc.record({ type: fc.constant('snapshotSaved' as const), uploadId: wireUint, uptoSeq: wireUint }),
  fc.record({ type: fc.constant('presence' as const), connectionId: wireUint, payload: bytes }),
  fc.record({ type: fc.constant('left' as const), connectionId: wireUint }),
  fc.record({ type: fc.constant('time' as const), clientTime: wireUint, serverTime: wireUint }),
  fc.record({ type: fc.constant('error' as const), code: fc.constantFrom(...ERROR_CODES), fatal: fc.boolean() }),
);

describe('frame codec', () => {
  it('round-trips every client and server frame', () => {
    fc.assert(
      fc.property(clientFrame, (frame) => {
        expect(decodeClientFrame(encodeClientFrame(frame))).toEqual({ ok: true, value: frame });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(serverFrame, (frame) => {
        expect(decodeServerFrame(encodeServerFrame(frame))).toEqual({ ok: true, value: frame });
      }),
      { numRuns: 500 },
    );
  });

  it('is pinned on the wire: a change here is a protocol change', () => {
    expect(toHex(encodeClientFrame({ type: 'hello', version: 1, lastSeq: 300 }))).toBe('0101ac02');
    expect(toHex(encodeServerFrame({ type: 'error', code: 'read-only', fatal: false }))).toBe('8f0300');
    const messageId = new Uint8Array(16).fill(0xab);
    expect(toHex(encodeServerFrame({ type: 'ack', messageId, seq: 5 }))).toBe(`85${'ab'.repeat(16)}05`);
    // Protocol 2: a page of the catch-up, up to seq 300, with two payloads.
    const page = encodeServerFrame({ type: 'updates', uptoSeq: 300, payloads: [Uint8Array.of(7), Uint8Array.of()] });
    expect(toHex(page)).toBe('8aac0202010700');
  });

  it('gives every frame type its own code', () => {
    const codes = [...Object.values(CLIENT_FRAME_SPECS), ...Object.values(SERVER_FRAME_SPECS)].map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('never throws on random bytes, and says why they are not a frame', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (random) => {
        for (const result of [decodeClientFrame(random), decodeServerFrame(random)]) {
          if (!result.ok) expect(typeof result.error).toBe('string');
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts only canonical bytes: anything a mutated frame decodes to re-encodes to the same bytes', () => {
    const mutation = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.oneof(clientFrame.map(encodeClientFrame), serverFrame.map(encodeServerFrame)),
        mutation,
        (wire, flips) => {
          const mutated = wire.slice();
          for (const [index, flip] of flips) mutated[index % mutated.length]! ^= flip;
          const asClient = decodeClientFrame(mutated);
          if (asClient.ok) expect(encodeClientFrame(asClient.value)).toEqual(mutated);
          const asServer = decodeServerFrame(mutated);
          if (asServer.ok) expect(encodeServerFrame(asServer.value)).toEqual(mutated);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses every truncation and any trailing byte of a valid frame', () => {
    fc.assert(
      fc.property(clientFrame, fc.nat(), fc.integer({ min: 0, max: 255 }), (frame, cut, extra) => {
        const encoded = encodeClientFrame(frame);
        const truncated = encoded.slice(0, cut % encoded.length);
        expect(decodeClientFrame(truncated).ok).toBe(false);
        const longer = new Uint8Array([...encoded, extra]);
        expect(decodeClientFrame(longer)).toEqual({ ok: false, error: 'trailing-bytes' });
      }),
    );
  });

  it('names each kind of malformed frame', () => {
    const cases: [number[], string][] = [
      [[], 'empty'],
      [[0x7f], 'unknown-type'],
      [[0x81, 1], 'unknown-type'], // a server frame sent by a client
      [[0x01, 0x01], 'truncated'],
      [[0x01, 0x80, 0x00, 0x00], 'bad-integer'], // not the shortest form
      [[0x01, ...Array<number>(9).fill(0xff)], 'bad-integer'], // beyond 2^53
      [[0x02, ...Array<number>(16).fill(0), 0x05, 1, 2], 'truncated'], // payload shorter than its length
      [[0x05, 0x01, 0x00], 'trailing-bytes'],
    ];
    for (const [wire, error] of cases) {
      expect(decodeClientFrame(new Uint8Array(wire)), JSON.stringify(wire)).toEqual({ ok: false, error });
    }
    expect(decodeServerFrame(new Uint8Array([0x8f, 0x7f, 0x00]))).toEqual({ ok: false, error: 'bad-value' });
    expect(decodeServerFrame(new Uint8Array([0x81, 1, 2, 0, 0, 0]))).toEqual({ ok: false, error: 'bad-value' });
    expect(decodeClientFrame(new Uint8Array(MAX_FRAME_BYTES + 1))).toEqual({ ok: false, error: 'too-large' });
    // A page claiming more payloads than its bytes could hold is refused before any is read.
    expect(decodeServerFrame(new Uint8Array([0x8a, 0x01, 0xff, 0xff, 0x03, 0x00]))).toEqual({
      ok: false,
      error: 'truncated',
    });
  });

  it('refuses to encode what the wire cannot carry', () => {
    expect(() => encodeClientFrame({ type: 'hello', version: -1, lastSeq: 0 })).toThrow(RangeError);
    expect(() =>
      encodeClientFrame({ type: 'update', messageId: new Uint8Array(3), payload: new Uint8Array() }),
    ).toThrow(RangeError);
  });
});
