// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../shared/encoding/bytes';
import { asciiBytes } from '../../../shared/encoding/hex';
import { type BoardKeys, deriveBoardKeys, newBoardSecret, openPayload, sealPayload } from '../../../shared/sync/crypto';
import { openEnvelope, sealEnvelope } from '../../../shared/sync/envelope';

/**
 * "Only editors can change content, even with the operator's help" (docs/security.md), at the
 * level of one payload: whoever holds only a read-only link has the content key, so a sealed
 * payload proves nothing; the editors' signature inside it does.
 */
const BOARD = '0123456789abcdef0123456789abcdef';
const OTHER_BOARD = 'fedcba9876543210fedcba9876543210';
const text = asciiBytes('Aktionspunkt: Zugang beantragen');

async function team() {
  const editor = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
  const reader = await deriveBoardKeys(crypto, 'read', editor.readSecret, { verifyKey: editor.verifyKeyBytes });
  // A member of version 1: the read secret only, no key to check signatures with.
  const oldReader = await deriveBoardKeys(crypto, 'read', editor.readSecret, { version: 1 });
  return { editor, reader, oldReader };
}

/** What a holder of the read-only link can make, alone or with the operator, in every form there is. */
async function forgeries(reader: BoardKeys) {
  const stranger = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
  return {
    'version 1, no signature': await sealPayload(crypto, reader.contentKey, BOARD, 'update', text, 1),
    'version 2, marked unsigned': await sealEnvelope(crypto, reader, BOARD, 'update', text, true),
    'version 2, signed with a key of its own': await sealEnvelope(
      crypto,
      { ...reader, signingKey: stranger.signingKey },
      BOARD,
      'update',
      text,
      true,
    ),
    'version 2, a signature of garbage': await sealPayload(
      crypto,
      reader.contentKey,
      BOARD,
      'update',
      concatBytes(Uint8Array.of(1), new Uint8Array(64).fill(7), text),
      2,
    ),
  };
}

describe('editor signatures', () => {
  it('let a version-2 member open what an editor signed, and tell it was signed', async () => {
    const { editor, reader } = await team();
    const sealed = await sealEnvelope(crypto, editor, BOARD, 'update', text, true);
    expect(await openEnvelope(crypto, reader, BOARD, 'update', sealed, true)).toEqual({
      ok: true,
      value: { plaintext: text, signed: true },
    });
  });

  it('refuse every update a read-only link holder can seal, where signatures are required', async () => {
    const { reader } = await team();
    for (const [form, sealed] of Object.entries(await forgeries(reader))) {
      const opened = await openEnvelope(crypto, reader, BOARD, 'update', sealed, true);
      expect(opened.ok, form).toBe(false);
    }
  });

  it('refuse an editor’s signed payload replayed on another board or as another kind', async () => {
    const { editor, reader } = await team();
    const sealed = await sealEnvelope(crypto, editor, BOARD, 'presence', text, true);
    expect((await openEnvelope(crypto, reader, OTHER_BOARD, 'presence', sealed, true)).ok).toBe(false);
    expect((await openEnvelope(crypto, reader, BOARD, 'update', sealed, true)).ok).toBe(false);
  });

  it('refuse a signature with a single bit changed', async () => {
    const { editor, reader } = await team();
    const genuine = await sealEnvelope(crypto, editor, BOARD, 'snapshot', text, true);
    const body = (await openPayload(crypto, reader.contentKey, BOARD, 'snapshot', genuine)) as {
      value: { plaintext: Uint8Array };
    };
    // Re-sealed by someone with the content key, with one bit of the editor's signature flipped.
    const tampered = body.value.plaintext.slice();
    tampered[10]! ^= 1;
    const resealed = await sealPayload(crypto, reader.contentKey, BOARD, 'snapshot', tampered, 2);
    expect(await openEnvelope(crypto, reader, BOARD, 'snapshot', resealed, true)).toEqual({
      ok: false,
      error: 'bad-signature',
    });
  });

  it('take unsigned presence as a read-only member’s, marked as such', async () => {
    const { reader } = await team();
    const sealed = await sealEnvelope(crypto, reader, BOARD, 'presence', text, true);
    expect(await openEnvelope(crypto, reader, BOARD, 'presence', sealed, true)).toEqual({
      ok: true,
      value: { plaintext: text, signed: false },
    });
  });

  it('cannot protect a member of version 1, who has no key to check with (docs/security.md says so)', async () => {
    const { reader, oldReader } = await team();
    const forged = (await forgeries(reader))['version 1, no signature'];
    expect((await openEnvelope(crypto, oldReader, BOARD, 'update', forged, false)).ok).toBe(true);
  });
});
