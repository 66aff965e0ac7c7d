// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bytes } from '../../shared/encoding/bytes';
import { toHex } from '../../shared/encoding/hex';
import { decodeClientFrame, encodeClientFrame } from '../../shared/sync/codec';
import { type ClientFrame, MAX_FRAME_BYTES, type ServerFrame } from '../../shared/sync/frames';
import { PROTOCOL_VERSION } from '../../shared/version';

/** Client times of fuzzed `time` frames stay below this. */
export const MAX_FUZZED_TIME = 2 ** 40;

export type Answer = string;

/** What the server answered to one frame, in a comparable form. */
export function answerOf(frame: ServerFrame): Answer | null {
  switch (frame.type) {
    case 'error':
      return `error:${frame.code}${frame.fatal ? ':fatal' : ''}`;
    case 'ack':
      return `ack:${frame.seq}`;
    case 'time':
      return `time:${frame.clientTime}`;
    case 'welcome':
    case 'caughtUp':
    case 'snapshot':
    case 'snapshotSaved':
      return frame.type;
    default:
      // Broadcasts of other connections' updates, presence and departures are not answers.
      return null;
  }
}

export interface Case {
  kind: string;
  data: Bytes | string;
  /** The documented answers, any one of which is right ([] = no answer). */
  expect: (answers: Answer[]) => boolean;
  /** For updates: remembered so that they can be replayed. */
  update?: { messageId: Bytes };
}

export function makeGenerator(random: () => number, keys: { role: 'edit' | 'read' }) {
  const int = (max: number) => Math.floor(random() * max);
  const bytes = (length: number) => Uint8Array.from({ length }, () => int(256));
  const is = (expected: string) => (answers: Answer[]) => answers.length === 1 && answers[0] === expected;
  const malformed = is('error:malformed-frame');
  const limited = is('error:rate-limited');
  const acked = new Map<string, { messageId: Bytes; seq: number }>();

  const validFrame = (): ClientFrame => {
    switch (int(5)) {
      case 0:
        return { type: 'hello', version: PROTOCOL_VERSION, lastSeq: int(1000) };
      case 1:
        return { type: 'update', messageId: bytes(16), payload: bytes(int(200)) };
      case 2:
        return {
          type: 'snapshot',
          uploadId: int(9),
          uptoSeq: int(99),
          index: int(3),
          total: int(3),
          payload: bytes(40),
        };
      case 3:
        return { type: 'presence', payload: bytes(int(100)) };
      default:
        return { type: 'time', clientTime: int(MAX_FUZZED_TIME) };
    }
  };
  /** Bytes that must not decode: anything that happens to be a valid frame is drawn again. */
  const undecodable = (make: () => Bytes): Bytes => {
    for (;;) {
      const candidate = make();
      if (!decodeClientFrame(candidate).ok) return candidate;
    }
  };

  const cases: [number, () => Case][] = [
    [20, () => ({ kind: 'random bytes', data: undecodable(() => bytes(int(64))), expect: malformed })],
    [
      15,
      () => ({
        kind: 'truncated',
        data: undecodable(() => {
          const whole = encodeClientFrame(validFrame());
          return whole.slice(0, int(whole.length));
        }),
        expect: malformed,
      }),
    ],
    [
      10,
      () => ({
        kind: 'bit flips',
        data: undecodable(() => {
          const frame = encodeClientFrame(validFrame());
          const at = int(frame.length);
          frame[at] = frame[at]! ^ (1 << int(8));
          return frame;
        }),
        expect: malformed,
      }),
    ],
    [
      5,
      () => ({
        kind: 'trailing bytes',
        data: Uint8Array.from([...encodeClientFrame(validFrame()), ...bytes(1 + int(8))]),
        expect: malformed,
      }),
    ],
    [5, () => ({ kind: 'text frame', data: 'x'.repeat(int(100)), expect: malformed })],
    [
      0.5,
      () => ({
        kind: 'oversized',
        data: new Uint8Array(MAX_FRAME_BYTES + 1 + int(64 * 1024)).fill(0x02),
        expect: is('error:frame-too-large'),
      }),
    ],
    [
      keys.role === 'edit' ? 5 : 0,
      () => ({
        kind: 'second hello',
        data: encodeClientFrame({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: int(99) }),
        expect: is('error:unexpected-frame'),
      }),
    ],
    [
      8,
      () => {
        const total = int(2) === 0 ? 0 : 1 + int(300);
        const bad = [
          { uptoSeq: 0, index: total + int(3), total }, // index past the end, or no chunks at all
          { uptoSeq: 10_000_000 + int(1000), index: 0, total: 2 }, // beyond the head
        ][int(2)]!;
        return {
          kind: 'snapshot out of order',
          data: encodeClientFrame({ type: 'snapshot', uploadId: int(99), payload: bytes(int(64)), ...bad }),
          expect: is(keys.role === 'edit' ? 'error:snapshot-rejected' : 'error:read-only'),
        };
      },
    ],
    [
      2,
      () => ({
        kind: 'oversized presence',
        data: encodeClientFrame({ type: 'presence', payload: bytes(16 * 1024 + 1 + int(1024)) }),
        expect: is('error:frame-too-large'),
      }),
    ],
    [
      8,
      () => ({
        kind: 'presence (undecryptable)',
        data: encodeClientFrame({ type: 'presence', payload: bytes(int(200)) }),
        // Relayed without an answer, or refused once the connection's presence rate is used up.
        expect: (answers) => answers.length === 0 || limited(answers),
      }),
    ],
    [
      5,
      () => {
        const clientTime = int(MAX_FUZZED_TIME);
        return {
          kind: 'time',
          data: encodeClientFrame({ type: 'time', clientTime }),
          expect: (answers) => is(`time:${clientTime}`)(answers) || limited(answers),
        };
      },
    ],
    [
      10,
      () => {
        const messageId = bytes(16);
        return {
          kind: 'update (undecryptable)',
          data: encodeClientFrame({ type: 'update', messageId, payload: bytes(1 + int(200)) }),
          expect: (answers) =>
            answers.length === 1 &&
            (keys.role === 'read'
              ? answers[0] === 'error:read-only'
              : answers[0]!.startsWith('ack:') || answers[0] === 'error:rate-limited'),
          update: { messageId },
        };
      },
    ],
    [
      6,
      () => {
        const known = [...acked.values()];
        if (known.length === 0 || keys.role === 'read') {
          return {
            kind: 'time',
            data: encodeClientFrame({ type: 'time', clientTime: 7 }),
            expect: (answers) => is('time:7')(answers) || limited(answers),
          };
        }
        const { messageId, seq } = known[int(known.length)]!;
        return {
          kind: 'replayed update',
          // The same message id, whatever the payload: acknowledged again with its first number.
          data: encodeClientFrame({ type: 'update', messageId, payload: bytes(1 + int(50)) }),
          expect: is(`ack:${seq}`),
        };
      },
    ],
  ];
  const total = cases.reduce((sum, [weight]) => sum + weight, 0);
  return {
    next(): Case {
      let pick = random() * total;
      for (const [weight, make] of cases) {
        pick -= weight;
        if (pick < 0) return make();
      }
      return cases[0]![1]();
    },
    acknowledged(messageId: Bytes, answers: Answer[]) {
      const seq = answers[0]?.startsWith('ack:') ? Number(answers[0].slice(4)) : null;
      if (seq !== null) acked.set(toHex(messageId), { messageId, seq });
    },
  };
}
