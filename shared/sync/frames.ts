// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bytes } from '../encoding/bytes';
import type { BoardRole } from './invite';

/** Largest frame either side sends or accepts; snapshots travel in chunks below it. */
export const MAX_FRAME_BYTES = 512 * 1024;
/** Largest payload in one snapshot chunk, leaving room for the frame's header. */
export const MAX_CHUNK_BYTES = MAX_FRAME_BYTES - 64;
/** Bytes of a client message id, random per update, so a resent update is stored once. */
export const MESSAGE_ID_BYTES = 16;

/** Error codes the server sends; documented in docs/protocol.md. */
export const ERROR_CODES = [
  'malformed-frame',
  'unexpected-frame',
  'unsupported-version',
  'read-only',
  'frame-too-large',
  'board-too-large',
  'rate-limited',
  'too-many-connections',
  'board-deleted',
  'snapshot-rejected',
  'internal',
  // Appended in protocol 1: older clients see an error they cannot read, then the close (4000).
  'access-revoked',
  // Appended in protocol 1: the socket sent no hello in time and is closed (fatal).
  'hello-timeout',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

type FieldKind = 'uint' | 'bytes' | 'bytes-list' | 'id' | 'role' | 'error-code' | 'bool';
type Spec = { readonly code: number; readonly fields: readonly (readonly [string, FieldKind])[] };

/** Frames a client sends. Field order is wire order. */
export const CLIENT_FRAME_SPECS = {
  hello: {
    code: 0x01,
    fields: [
      ['version', 'uint'],
      ['lastSeq', 'uint'],
    ],
  },
  update: {
    code: 0x02,
    fields: [
      ['messageId', 'id'],
      ['payload', 'bytes'],
    ],
  },
  snapshot: {
    code: 0x03,
    fields: [
      ['uploadId', 'uint'],
      ['uptoSeq', 'uint'],
      ['index', 'uint'],
      ['total', 'uint'],
      ['payload', 'bytes'],
    ],
  },
  presence: { code: 0x04, fields: [['payload', 'bytes']] },
  time: { code: 0x05, fields: [['clientTime', 'uint']] },
} as const satisfies Record<string, Spec>;

/** Frames the server sends. */
export const SERVER_FRAME_SPECS = {
  welcome: {
    code: 0x81,
    fields: [
      ['version', 'uint'],
      ['role', 'role'],
      ['connectionId', 'uint'],
      ['headSeq', 'uint'],
      ['serverTime', 'uint'],
    ],
  },
  snapshot: {
    code: 0x82,
    fields: [
      ['uptoSeq', 'uint'],
      ['index', 'uint'],
      ['total', 'uint'],
      ['payload', 'bytes'],
    ],
  },
  update: {
    code: 0x83,
    fields: [
      ['seq', 'uint'],
      ['payload', 'bytes'],
    ],
  },
  caughtUp: { code: 0x84, fields: [['headSeq', 'uint']] },
  /** Protocol 2: a page of the catch-up, the log entries up to `uptoSeq` in order. */
  updates: {
    code: 0x8a,
    fields: [
      ['uptoSeq', 'uint'],
      ['payloads', 'bytes-list'],
    ],
  },
  ack: {
    code: 0x85,
    fields: [
      ['messageId', 'id'],
      ['seq', 'uint'],
    ],
  },
  snapshotSaved: {
    code: 0x86,
    fields: [
      ['uploadId', 'uint'],
      ['uptoSeq', 'uint'],
    ],
  },
  presence: {
    code: 0x87,
    fields: [
      ['connectionId', 'uint'],
      ['payload', 'bytes'],
    ],
  },
  left: { code: 0x88, fields: [['connectionId', 'uint']] },
  time: {
    code: 0x89,
    fields: [
      ['clientTime', 'uint'],
      ['serverTime', 'uint'],
    ],
  },
  error: {
    code: 0x8f,
    fields: [
      ['code', 'error-code'],
      ['fatal', 'bool'],
    ],
  },
} as const satisfies Record<string, Spec>;

type FieldValue<K extends FieldKind> = K extends 'uint'
  ? number
  : K extends 'bytes' | 'id'
    ? Bytes
    : K extends 'bytes-list'
      ? Bytes[]
      : K extends 'role'
        ? BoardRole
        : K extends 'error-code'
          ? ErrorCode
          : boolean;

type FrameOf<Specs extends Record<string, Spec>, T extends keyof Specs> = { type: T } & {
  -readonly [F in Specs[T]['fields'][number] as F[0]]: FieldValue<F[1]>;
};

export type ClientFrame = {
  [T in keyof typeof CLIENT_FRAME_SPECS]: FrameOf<typeof CLIENT_FRAME_SPECS, T>;
}[keyof typeof CLIENT_FRAME_SPECS];

export type ServerFrame = {
  [T in keyof typeof SERVER_FRAME_SPECS]: FrameOf<typeof SERVER_FRAME_SPECS, T>;
}[keyof typeof SERVER_FRAME_SPECS];
