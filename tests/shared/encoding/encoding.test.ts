// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../shared/encoding/base64url';
import { asciiBytes, fromHex, toHex } from '../../../shared/encoding/hex';

describe('base64url', () => {
  it("agrees with Node's encoder and round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses padding, foreign characters, impossible lengths and non-canonical tails', () => {
    for (const text of ['QQ==', 'a+b/', 'A', 'AB C', 'QR']) expect(fromBase64Url(text), text).toBeNull();
    expect(fromBase64Url('QQ')).toEqual(new Uint8Array([0x41]));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fromBase64Url(text);
      }),
    );
  });
});

describe('hex and ASCII', () => {
  it('round-trips bytes through lower-case hex and refuses anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromHex(toHex(bytes))).toEqual(bytes);
      }),
    );
    for (const text of ['0', 'zz', 'AB', '0x00']) expect(fromHex(text), text).toBeNull();
  });

  it('encodes ASCII and refuses anything beyond it', () => {
    expect(asciiBytes('Az0')).toEqual(new Uint8Array([65, 122, 48]));
    expect(() => asciiBytes('ä')).toThrow();
  });
});
