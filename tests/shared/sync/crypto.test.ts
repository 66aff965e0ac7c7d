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
    const editor = await deriveBoardKeys(webCrypto, BOARD, 'edit', SECRET);
    const reader = await deriveBoardKeys(webCrypto, BOARD, 'read', editor.readSecret);
    expect(reader.readToken).toEqual(editor.readToken);
    expect(reader.editToken).toBeNull();
    expect(editor.editToken).not.toEqual(editor.readToken);
    const sealed = await sealPayload(webCrypto, editor.contentKey, BOARD, 'update', text('Retro am Freitag'));
    expect(await openPayload(webCrypto, reader.contentKey, BOARD, 'update', sealed)).toEqual({
      ok: true,
      value: text('Retro am Freitag'),
    });
  });

  it('is pinned: these values may only change together with the protocol version', async () => {
    const editor = await deriveBoardKeys(webCrypto, BOARD, 'edit', SECRET);
    expect(toHex(editor.readSecret)).toMatchInlineSnapshot(
      `"19691218d36494cdde78cee7a364cfa36c1b16575caa381b70ea087a9478675c"`,
    );
    expect(toHex(editor.editToken!)).toMatchInlineSnapshot(
      `"7cf3254b70eb477b5627cfa0b9607ea0b7641beec738e725397ecbcfe3425f64"`,
    );
    expect(toHex(editor.readToken)).toMatchInlineSnapshot(
      `"e1f8635cd99c7fe362ef5b9f4c6bd1c32fabafd37d5b41ddc35b2b502f0dda11"`,
    );
    expect(await hashToken(webCrypto, editor.readToken)).toMatchInlineSnapshot(
      `"s4dH7XQJVJ9_5mz7J0B5b6EFPbba6mSu9rfHjsD8lOk"`,
    );
  });

  it('derives unrelated keys for the same secret on another board', async () => {
    const here = await deriveBoardKeys(webCrypto, BOARD, 'edit', SECRET);
    const there = await deriveBoardKeys(webCrypto, OTHER_BOARD, 'edit', SECRET);
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
    const { contentKey } = await deriveBoardKeys(webCrypto, BOARD, 'edit', SECRET);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 8, maxLength: 2000 }), async (bytes) => {
        const plaintext = new Uint8Array(bytes);
        const sealed = await sealPayload(webCrypto, contentKey, BOARD, 'snapshot', plaintext);
        expect(sealed).toHaveLength(plaintext.length + 1 + 12 + 16);
        expect(toHex(sealed)).not.toContain(toHex(plaintext));
        expect(await openPayload(webCrypto, contentKey, BOARD, 'snapshot', sealed)).toEqual({
          ok: true,
          value: plaintext,
        });
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a payload moved to another board or passed off as another kind', async () => {
    const { contentKey } = await deriveBoardKeys(webCrypto, BOARD, 'edit', SECRET);
    const sealed = await sealPayload(webCrypto, contentKey, BOARD, 'presence', text('Anna ist da'));
    const notAuthentic = { ok: false, error: 'not-authentic' };
    expect(await openPayload(webCrypto, contentKey, OTHER_BOARD, 'presence', sealed)).toEqual(notAuthentic);
    expect(await openPayload(webCrypto, contentKey, BOARD, 'update', sealed)).toEqual(notAuthentic);
  });

  it('refuses any single changed byte', async () => {
    const { contentKey } = await deriveBoardKeys(webCrypto, BOARD, 'edit', SECRET);
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
    const { contentKey } = await deriveBoardKeys(webCrypto, BOARD, 'edit', SECRET);
    const sealed = await sealPayload(webCrypto, contentKey, BOARD, 'update', text('x'));
    expect(await openPayload(webCrypto, contentKey, BOARD, 'update', sealed.slice(0, 20))).toEqual({
      ok: false,
      error: 'malformed',
    });
    const future = sealed.slice();
    future[0] = 2;
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
});
