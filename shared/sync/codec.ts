// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Bytes, concatBytes } from '../encoding/bytes';
import { type Result, err, ok } from '../result';
import {
  CLIENT_FRAME_SPECS,
  type ClientFrame,
  ERROR_CODES,
  MAX_FRAME_BYTES,
  MESSAGE_ID_BYTES,
  SERVER_FRAME_SPECS,
  type ServerFrame,
} from './frames';

/** Why bytes are not a frame. Decoding untrusted bytes returns one of these; it never throws. */
export type DecodeError =
  'empty' | 'too-large' | 'unknown-type' | 'truncated' | 'trailing-bytes' | 'bad-integer' | 'bad-value';

type Specs = Record<string, { readonly code: number; readonly fields: readonly (readonly [string, string])[] }>;
type Fields = Record<string, unknown>;

const ROLES = ['edit', 'read'] as const;

/** Unsigned LEB128, for integers up to 2^53 - 1. */
function uint(value: number): Bytes {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a wire integer: ${value}`);
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

function encodeField(kind: string, value: unknown): Bytes[] {
  switch (kind) {
    case 'uint':
      return [uint(value as number)];
    case 'bytes':
      return [uint((value as Bytes).length), value as Bytes];
    case 'bytes-list':
      return [uint((value as Bytes[]).length), ...(value as Bytes[]).flatMap((item) => encodeField('bytes', item))];
    case 'id':
      if ((value as Bytes).length !== MESSAGE_ID_BYTES) throw new RangeError('message id must be 16 bytes');
      return [value as Bytes];
    case 'role':
      return [uint(ROLES.indexOf(value as (typeof ROLES)[number]))];
    case 'error-code':
      return [uint(ERROR_CODES.indexOf(value as (typeof ERROR_CODES)[number]))];
    default:
      return [uint(value ? 1 : 0)];
  }
}

function encodeFrame(specs: Specs, frame: { type: string } & Fields): Bytes {
  const spec = specs[frame.type];
  if (!spec) throw new TypeError(`unknown frame type ${frame.type}`);
  const parts = spec.fields.flatMap(([name, kind]) => encodeField(kind, frame[name]));
  return concatBytes(Uint8Array.of(spec.code), ...parts);
}

/** Reads fields from a frame's bytes; each read returns null and records why when it cannot. */
class Reader {
  offset = 1;
  error: DecodeError | null = null;
  constructor(private readonly bytes: Uint8Array) {}

  private fail(error: DecodeError): null {
    this.error ??= error;
    return null;
  }

  uint(): number | null {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const byte = this.bytes[this.offset++];
      if (byte === undefined) return this.fail('truncated');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        // Only the shortest encoding is accepted, so every value has one wire form.
        if (byte === 0 && i > 0) return this.fail('bad-integer');
        return Number.isSafeInteger(value) ? value : this.fail('bad-integer');
      }
      scale *= 0x80;
    }
    return this.fail('bad-integer');
  }

  take(length: number): Bytes | null {
    if (this.offset + length > this.bytes.length) return this.fail('truncated');
    const out = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  field(kind: string): unknown {
    if (kind === 'uint') return this.uint();
    if (kind === 'id') return this.take(MESSAGE_ID_BYTES);
    if (kind === 'bytes') {
      const length = this.uint();
      return length === null ? null : this.take(length);
    }
    if (kind === 'bytes-list') {
      const count = this.uint();
      if (count === null) return null;
      // Each item takes at least its length byte: a count the rest cannot hold is cut short.
      if (count > this.bytes.length - this.offset) return this.fail('truncated');
      const items: Bytes[] = [];
      for (let i = 0; i < count; i++) {
        const item = this.field('bytes') as Bytes | null;
        if (item === null) return null;
        items.push(item);
      }
      return items;
    }
    const index = this.uint();
    if (index === null) return null;
    const values = kind === 'role' ? ROLES : kind === 'error-code' ? ERROR_CODES : [false, true];
    return index < values.length ? values[index] : this.fail('bad-value');
  }

  done(): boolean {
    return this.offset === this.bytes.length;
  }
}

function decodeFrame<F>(specs: Specs, bytes: Uint8Array): Result<F, DecodeError> {
  if (bytes.length === 0) return err('empty');
  if (bytes.length > MAX_FRAME_BYTES) return err('too-large');
  const entry = Object.entries(specs).find(([, spec]) => spec.code === bytes[0]);
  if (!entry) return err('unknown-type');
  const [type, spec] = entry;
  const reader = new Reader(bytes);
  const frame: Fields = { type };
  for (const [name, kind] of spec.fields) {
    const value = reader.field(kind);
    if (reader.error) return err(reader.error);
    frame[name] = value;
  }
  if (!reader.done()) return err('trailing-bytes');
  return ok(frame as F);
}

export const encodeClientFrame = (frame: ClientFrame): Bytes => encodeFrame(CLIENT_FRAME_SPECS, frame);
export const encodeServerFrame = (frame: ServerFrame): Bytes => encodeFrame(SERVER_FRAME_SPECS, frame);

/** Decodes a frame from a client; the server answers any error value with a `malformed-frame` error. */
export const decodeClientFrame = (bytes: Uint8Array): Result<ClientFrame, DecodeError> =>
  decodeFrame<ClientFrame>(CLIENT_FRAME_SPECS, bytes);

/** Decodes a frame from the server. */
export const decodeServerFrame = (bytes: Uint8Array): Result<ServerFrame, DecodeError> =>
  decodeFrame<ServerFrame>(SERVER_FRAME_SPECS, bytes);
