// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createHash, createPrivateKey, createPublicKey, hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiBytes, toHex } from '../../../shared/encoding/hex';
import {
  type WebCrypto,
  constantTimeEqual,
  deriveBoardKeys,
  hashToken,
  newBoardSecret,
  openPayload,
  sealPayload,
} from '../../../shared/sync/crypto';

// Node's WebCrypto satisfies the interface the shared code asks for, as browsers and workerd do.
const webCrypto: WebCrypto = globalThis.crypto;
const BOARD = '0123456789abcdef0123456789abcdef';
const OTHER_BOARD = 'fedcba9876543210fedcba9876543210';
const SECRET = new Uint8Array(32).map((_, i) => i);
const text = (value: string) => asciiBytes(value);

describe('key schedule', () => {
  it('gives editor and read-only member the same content key and read token, and only the editor an edit token', async () => {
    const editor = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    const reader = await deriveBoardKeys(webCrypto, 'read', editor.readSecret, { verifyKey: editor.verifyKeyBytes });
    expect(reader.readToken).toEqual(editor.readToken);
    expect(reader.signingKey).toBeNull();
    expect(reader.verifyKeyBytes).toEqual(editor.verifyKeyBytes);
    expect(reader.editToken).toBeNull();
    expect(editor.editToken).not.toEqual(editor.readToken);
    const sealed = await sealPayload(webCrypto, editor.contentKey, BOARD, 'update', text('Retro am Freitag'));
    expect(await openPayload(webCrypto, reader.contentKey, BOARD, 'update', sealed)).toEqual({
      ok: true,
      value: { version: 1, plaintext: text('Retro am Freitag') },
    });
  });

  it('is pinned: these values may only change together with the protocol version', async () => {
    const editor = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    expect(toHex(editor.readSecret)).toMatchInlineSnapshot(
      `"f465eda35b4a90a8aabb3158036724949a9e2f08d2aa96ecc5c0f9942ed82701"`,
    );
    expect(toHex(editor.editToken!)).toMatchInlineSnapshot(
      `"35580909f4ce79edf94f7e23f60538bb3131cb6c35e5abbb6c89ce7577dba50c"`,
    );
    expect(toHex(editor.readToken)).toMatchInlineSnapshot(
      `"d5269a7143e31134cb57e03fffb392caa62b69d899d4c31a4bcb6e5c2c256071"`,
    );
    expect(await hashToken(webCrypto, editor.readToken)).toMatchInlineSnapshot(
      `"OnzUL-sKG2aXoGGlvYlasN8QLjK_W4MgyISZWfhL8Zg"`,
    );
    // Key schedule 2 adds only the editors' signing key; everything above is the same in 1 and 2.
    expect(toHex(editor.verifyKeyBytes!)).toMatchInlineSnapshot(
      `"df52d8cc6559d7fb656656b0060e35087af8b109fe61e2e490ddd0b357f4a496"`,
    );
    const v1 = await deriveBoardKeys(webCrypto, 'edit', SECRET, { version: 1 });
    expect([v1.readSecret, v1.editToken, v1.readToken, v1.verifyKeyBytes]).toEqual([
      editor.readSecret,
      editor.editToken,
      editor.readToken,
      editor.verifyKeyBytes,
    ]);
  });

  it("derives the signing key as RFC 8032 Ed25519 from HKDF(edit secret, 'team-rituals/v2/signing-key')", async () => {
    const seed = hkdfSync('sha256', SECRET, new Uint8Array(), 'team-rituals/v2/signing-key', 32);
    const nodeKey = createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed)]),
      format: 'der',
      type: 'pkcs8',
    });
    const nodePublic = createPublicKey(nodeKey).export({ format: 'der', type: 'spki' }).subarray(-32);
    const editor = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    expect(toHex(editor.verifyKeyBytes!)).toBe(nodePublic.toString('hex'));
  });

  it("agrees with Node's own HKDF (RFC 5869) for any secret", async () => {
    const nodeHkdf = (secret: Uint8Array, purpose: string) =>
      new Uint8Array(hkdfSync('sha256', secret, new Uint8Array(), `team-rituals/v1/${purpose}`, 32));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (bytes) => {
        const secret = new Uint8Array(bytes);
        const editor = await deriveBoardKeys(webCrypto, 'edit', secret);
        const readSecret = nodeHkdf(secret, 'read-secret');
        expect(editor.readSecret).toEqual(readSecret);
        expect(editor.editToken).toEqual(nodeHkdf(secret, 'edit-token'));
        expect(editor.readToken).toEqual(nodeHkdf(readSecret, 'read-token'));
        expect(await hashToken(webCrypto, editor.readToken)).toBe(
          createHash('sha256').update(editor.readToken).digest('base64url'),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('derives unrelated keys from another secret', async () => {
    const here = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    const there = await deriveBoardKeys(webCrypto, 'edit', newBoardSecret(webCrypto));
    expect(there.readToken).not.toEqual(here.readToken);
    const sealed = await sealPayload(webCrypto, here.contentKey, BOARD, 'update', text('x'));
    expect(await openPayload(webCrypto, there.contentKey, BOARD, 'update', sealed)).toEqual({
      ok: false,
      error: 'not-authentic',
    });
  });

  it('makes fresh random secrets', () => {
    const a = newBoardSecret(webCrypto);
    expect(a).toHaveLength(32);
    expect(newBoardSecret(webCrypto)).not.toEqual(a);
  });
});

describe('sealed payloads', () => {
  it('round-trips any payload, and a sealed payload reveals nothing of the plaintext', async () => {
    const { contentKey } = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 8, maxLength: 2000 }), async (bytes) => {
        const plaintext = new Uint8Array(bytes);
        const sealed = await sealPayload(webCrypto, contentKey, BOARD, 'snapshot', plaintext);
        expect(sealed).toHaveLength(plaintext.length + 1 + 12 + 16);
        expect(toHex(sealed)).not.toContain(toHex(plaintext));
        expect(await openPayload(webCrypto, contentKey, BOARD, 'snapshot', sealed)).toEqual({
          ok: true,
          value: { version: 1, plaintext },
        });
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a payload moved to another board or passed off as another kind', async () => {
    const { contentKey } = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    const sealed = await sealPayload(webCrypto, contentKey, BOARD, 'presence', text('Anna ist da'));
    const notAuthentic = { ok: false, error: 'not-authentic' };
    expect(await openPayload(webCrypto, contentKey, OTHER_BOARD, 'presence', sealed)).toEqual(notAuthentic);
    expect(await openPayload(webCrypto, contentKey, BOARD, 'update', sealed)).toEqual(notAuthentic);
  });

  it('refuses any single changed byte', async () => {
    const { contentKey } = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    const sealed = await sealPayload(webCrypto, contentKey, BOARD, 'update', text('Blocker: Zugang fehlt'));
    await fc.assert(
      fc.asyncProperty(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), async (index, flip) => {
        const tampered = sealed.slice();
        tampered[index]! ^= flip;
        const result = await openPayload(webCrypto, contentKey, BOARD, 'update', tampered);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('names malformed and future envelopes', async () => {
    const { contentKey } = await deriveBoardKeys(webCrypto, 'edit', SECRET);
    const sealed = await sealPayload(webCrypto, contentKey, BOARD, 'update', text('x'));
    expect(await openPayload(webCrypto, contentKey, BOARD, 'update', sealed.slice(0, 20))).toEqual({
      ok: false,
      error: 'malformed',
    });
    const future = sealed.slice();
    future[0] = 3;
    expect(await openPayload(webCrypto, contentKey, BOARD, 'update', future)).toEqual({
      ok: false,
      error: 'unsupported-version',
    });
  });
});

describe('token comparison', () => {
  it('is equality for equal-length strings and false for other lengths', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
        expect(constantTimeEqual(a, a)).toBe(true);
      }),
    );
  });

  it('reads every character, wherever the first difference is (no early exit)', () => {
    const stored = 'A'.repeat(43);
    for (const position of [0, 21, 42]) {
      const reads: number[] = [];
      const presented = [...stored].map((char, index) => (index === position ? 'B' : char)).join('');
      // A string that records which characters the comparison looked at.
      const spy = {
        length: presented.length,
        charCodeAt: (index: number) => (reads.push(index), presented.charCodeAt(index)),
      } as unknown as string;
      expect(constantTimeEqual(spy, stored)).toBe(false);
      expect(reads).toEqual(Array.from({ length: 43 }, (_, index) => index));
    }
  });
});
