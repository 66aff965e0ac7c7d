// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** Bytes backed by a plain ArrayBuffer, the form WebCrypto and WebSockets accept everywhere. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Joins byte arrays into one. */
export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
