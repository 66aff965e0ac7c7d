// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Bytes, concatBytes } from '../encoding/bytes';
import { type Result, err, ok } from '../result';
import {
  type BoardKeys,
  type OpenError,
  type PayloadKind,
  type WebCrypto,
  openPayload,
  payloadContext,
  sealPayload,
} from './crypto';

/**
 * Envelopes with editor signatures (key schedule 2). Inside the AES-GCM ciphertext of a version-2
 * envelope: a flag byte, then for 1 (signed) a 64-byte Ed25519 signature of the payload's context
 * (label, kind, board id) and the plaintext, then the plaintext; for 0 (unsigned: only the
 * presence of read-only members) just the plaintext. Members who hold the editors' public key
 * accept updates and snapshots only when signed by it; presence without a signature is taken as a
 * read-only member's, which may not claim to be a member of the team.
 */
const SIGNED = 1;
const UNSIGNED = 0;
const SIGNATURE_BYTES = 64;
const ED25519 = { name: 'Ed25519' } as const;

export interface Opened {
  plaintext: Bytes;
  /** Signed by an editor, and checked (false where this member holds no public key to check with). */
  signed: boolean;
}

export type EnvelopeError = OpenError | 'not-signed' | 'bad-signature';

const signedMessage = (boardId: string, kind: PayloadKind, plaintext: Bytes) =>
  concatBytes(payloadContext(2, boardId, kind), Uint8Array.of(0), plaintext);

/**
 * Seals a payload: version 1 (no signature) until the board signs, else version 2, signed by
 * editors and marked unsigned by read-only members (who have no signing key).
 */
export async function sealEnvelope(
  crypto: WebCrypto,
  keys: BoardKeys,
  boardId: string,
  kind: PayloadKind,
  plaintext: Bytes,
  signing: boolean,
): Promise<Bytes> {
  if (!signing) return sealPayload(crypto, keys.contentKey, boardId, kind, plaintext, 1);
  const body = keys.signingKey
    ? concatBytes(
        Uint8Array.of(SIGNED),
        new Uint8Array(await crypto.subtle.sign(ED25519, keys.signingKey, signedMessage(boardId, kind, plaintext))),
        plaintext,
      )
    : concatBytes(Uint8Array.of(UNSIGNED), plaintext);
  return sealPayload(crypto, keys.contentKey, boardId, kind, body, 2);
}

/**
 * Opens a payload. With `requireSigned` (the member holds the editors' public key and the board
 * signs), an update or snapshot without a valid signature is an error, never content; presence
 * without one is returned as unsigned.
 */
export async function openEnvelope(
  crypto: WebCrypto,
  keys: BoardKeys,
  boardId: string,
  kind: PayloadKind,
  envelope: Bytes,
  requireSigned: boolean,
): Promise<Result<Opened, EnvelopeError>> {
  const opened = await openPayload(crypto, keys.contentKey, boardId, kind, envelope);
  if (!opened.ok) return opened;
  const { version, plaintext: body } = opened.value;
  let result: Opened;
  if (version === 1) result = { plaintext: body, signed: false };
  else if (body[0] === UNSIGNED) result = { plaintext: body.slice(1), signed: false };
  else if (body[0] === SIGNED && body.length >= 1 + SIGNATURE_BYTES) {
    const plaintext = body.slice(1 + SIGNATURE_BYTES);
    if (keys.verifyKey) {
      const signature = body.slice(1, 1 + SIGNATURE_BYTES);
      const valid = await crypto.subtle.verify(
        ED25519,
        keys.verifyKey,
        signature,
        signedMessage(boardId, kind, plaintext),
      );
      if (!valid) return err('bad-signature');
    }
    result = { plaintext, signed: keys.verifyKey !== null };
  } else return err('malformed');
  if (requireSigned && !result.signed && kind !== 'presence') return err('not-signed');
  return ok(result);
}
