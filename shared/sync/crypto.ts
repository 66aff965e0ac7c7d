// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { fromBase64Url, toBase64Url } from '../encoding/base64url';
import { type Bytes, concatBytes } from '../encoding/bytes';
import { asciiBytes } from '../encoding/hex';
import { type Result, err, ok } from '../result';
import { type BoardRole, SECRET_BYTES } from './invite';

/** An opaque WebCrypto key. */
export interface CryptoKeyHandle {
  readonly type: string;
}

/** The WebCrypto algorithms used here: HKDF, AES-GCM and Ed25519. */
type Algorithm = 'HKDF' | { name: 'AES-GCM' } | { name: 'Ed25519' };
type Usage = 'deriveBits' | 'encrypt' | 'decrypt' | 'sign' | 'verify';

/**
 * The parts of WebCrypto used here. Browsers, workerd and Node 24 all provide them as `crypto`;
 * callers pass it in, so this module touches no global.
 */
export interface WebCrypto {
  getRandomValues<T extends Bytes>(array: T): T;
  subtle: {
    importKey(
      format: 'raw' | 'pkcs8',
      keyData: Bytes,
      algorithm: Algorithm,
      extractable: boolean,
      usages: Usage[],
    ): Promise<CryptoKeyHandle>;
    exportKey(format: 'jwk', key: CryptoKeyHandle): Promise<object>;
    deriveBits(
      algorithm: { name: 'HKDF'; hash: 'SHA-256'; salt: Bytes; info: Bytes },
      baseKey: CryptoKeyHandle,
      length: number,
    ): Promise<ArrayBuffer>;
    encrypt(
      algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes },
      key: CryptoKeyHandle,
      data: Bytes,
    ): Promise<ArrayBuffer>;
    decrypt(
      algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes },
      key: CryptoKeyHandle,
      data: Bytes,
    ): Promise<ArrayBuffer>;
    sign(algorithm: { name: 'Ed25519' }, key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer>;
    verify(algorithm: { name: 'Ed25519' }, key: CryptoKeyHandle, signature: Bytes, data: Bytes): Promise<boolean>;
    digest(algorithm: 'SHA-256', data: Bytes): Promise<ArrayBuffer>;
  };
}

/**
 * Versions of the key schedule (the digit in a link's fragment). 1: links from before editors
 * signed. 2: editors sign everything they write; read-only links carry the verification key.
 * Tokens and the content key are the same in both, so a team moves to 2 without a new board.
 */
export type KeyVersion = 1 | 2;
export const KEY_VERSION: KeyVersion = 2;

/** What a member holds for one board, derived from the secret in their link. */
export interface BoardKeys {
  role: BoardRole;
  /** The key schedule of the member's link (a version-1 editor can still move the board to 2). */
  version: KeyVersion;
  /** AES-GCM-256 key for every update, snapshot and presence message. */
  contentKey: CryptoKeyHandle;
  /** Proves read access to the server. */
  readToken: Bytes;
  /** Proves edit access; null for read-only members, who cannot derive it. */
  editToken: Bytes | null;
  /** The secret of the read-only link, which an editor can hand out. */
  readSecret: Bytes;
  /** Ed25519 private key editors sign with, derived from the edit secret; null for read-only members. */
  signingKey: CryptoKeyHandle | null;
  /** The editors' Ed25519 public key: derived by editors, carried by version-2 read-only links. */
  verifyKey: CryptoKeyHandle | null;
  /** The same, raw (32 bytes), to put into a read-only link. */
  verifyKeyBytes: Bytes | null;
}

const LABEL = 'team-rituals/v1/';
export const LABEL_V2 = 'team-rituals/v2/';

async function hkdf(crypto: WebCrypto, secret: Bytes, purpose: string, label = LABEL): Promise<Bytes> {
  const key = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info: asciiBytes(label + purpose) } as const;
  return new Uint8Array(await crypto.subtle.deriveBits(params, key, 256));
}

/**
 * A board secret derived from another board's secret: a team's retros take their edit secrets
 * from the team's edit secret, so every team editor can open them and read-only members (who lack
 * the team's edit secret) get only the read secret the team board lists.
 */
export function deriveChildSecret(crypto: WebCrypto, parent: Bytes, label: string): Promise<Bytes> {
  return hkdf(crypto, parent, `child/${label}`);
}

/** A fresh random secret for a new board's edit link. */
export function newBoardSecret(crypto: WebCrypto): Bytes {
  return crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
}

/** PKCS #8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410), the form WebCrypto imports. */
const ED25519_PKCS8_PREFIX = Uint8Array.of(
  0x30,
  0x2e,
  0x02,
  0x01,
  0x00,
  0x30,
  0x05,
  0x06,
  0x03,
  0x2b,
  0x65,
  0x70,
  0x04,
  0x22,
  0x04,
  0x20,
);

/** The editors' signing key pair, from the edit secret: everyone with the edit link has it. */
async function signingPair(crypto: WebCrypto, editSecret: Bytes) {
  const seed = await hkdf(crypto, editSecret, 'signing-key', LABEL_V2);
  const ed25519 = { name: 'Ed25519' } as const;
  const signingKey = await crypto.subtle.importKey('pkcs8', concatBytes(ED25519_PKCS8_PREFIX, seed), ed25519, true, [
    'sign',
  ]);
  // WebCrypto cannot compute a public key, but exports it with the private one.
  const jwk = (await crypto.subtle.exportKey('jwk', signingKey)) as { x?: unknown };
  const publicKey = typeof jwk.x === 'string' ? fromBase64Url(jwk.x) : null;
  if (!publicKey || publicKey.length !== 32) throw new Error('Ed25519 is not available');
  return { signingKey, publicKey };
}

/** Imports an editors' public key from a read-only link. */
export function importVerifyKey(crypto: WebCrypto, publicKey: Bytes): Promise<CryptoKeyHandle> {
  return crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
}

/**
 * The key schedule. An edit link carries the edit secret E; a read-only link carries R = HKDF(E),
 * and from version 2 on also the editors' public key P. The content key and the read token come
 * from R, the edit token and the Ed25519 signing key (whose public half is P) from E: a read-only
 * member can decrypt and check signatures but can never produce the edit token or a signature.
 * The board id is not an input: the client registers its token hashes before the server assigns
 * the id, and every secret is fresh anyway; the id is bound into each ciphertext instead.
 * Changing a label invalidates every existing link.
 */
export async function deriveBoardKeys(
  crypto: WebCrypto,
  role: BoardRole,
  secret: Bytes,
  options: { version?: KeyVersion; verifyKey?: Bytes | null } = {},
): Promise<BoardKeys> {
  const version = options.version ?? KEY_VERSION;
  const readSecret = role === 'edit' ? await hkdf(crypto, secret, 'read-secret') : secret;
  const editToken = role === 'edit' ? await hkdf(crypto, secret, 'edit-token') : null;
  const readToken = await hkdf(crypto, readSecret, 'read-token');
  const keyBytes = await hkdf(crypto, readSecret, 'content-key');
  const contentKey = await crypto.subtle.importKey('raw', keyBytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const pair = role === 'edit' ? await signingPair(crypto, secret) : null;
  const verifyKeyBytes = pair?.publicKey ?? options.verifyKey ?? null;
  if (role === 'read' && version === 2 && !verifyKeyBytes) throw new Error('a version-2 read-only link has a key');
  return {
    role,
    version,
    contentKey,
    readToken,
    editToken,
    readSecret,
    signingKey: pair?.signingKey ?? null,
    verifyKey: verifyKeyBytes ? await importVerifyKey(crypto, verifyKeyBytes) : null,
    verifyKeyBytes,
  };
}

/** What the server stores instead of a token: its SHA-256, base64url. */
export async function hashToken(crypto: WebCrypto, token: Bytes): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', token)));
}

/** Compares two strings in time that depends only on their length, not on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** What an encrypted payload is; bound into the ciphertext so one kind cannot pass for another. */
export type PayloadKind = 'update' | 'snapshot' | 'presence';

export type OpenError = 'malformed' | 'unsupported-version' | 'not-authentic';

/** Envelope versions: 1 plain AES-GCM; 2 with a signature (or a mark that there is none) inside. */
export type EnvelopeVersion = 1 | 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The additional data of a payload: the envelope's label, the kind and the board id. */
export const payloadContext = (version: EnvelopeVersion, boardId: string, kind: PayloadKind) =>
  asciiBytes(`${version === 1 ? LABEL : LABEL_V2}${kind}/${boardId}`);

/**
 * Encrypts a payload: [version][96-bit random IV][AES-GCM ciphertext and tag], with the board id
 * and the kind as additional data. Random IVs are safe far beyond any board's 2^32 messages.
 */
export async function sealPayload(
  crypto: WebCrypto,
  key: CryptoKeyHandle,
  boardId: string,
  kind: PayloadKind,
  plaintext: Bytes,
  version: EnvelopeVersion = 1,
): Promise<Bytes> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const params = { name: 'AES-GCM', iv, additionalData: payloadContext(version, boardId, kind) } as const;
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt(params, key, plaintext));
  return concatBytes(Uint8Array.of(version), iv, ciphertext);
}

/** Decrypts a payload; anything not sealed with this key, board and kind is an error value. */
export async function openPayload(
  crypto: WebCrypto,
  key: CryptoKeyHandle,
  boardId: string,
  kind: PayloadKind,
  envelope: Bytes,
): Promise<Result<{ version: EnvelopeVersion; plaintext: Bytes }, OpenError>> {
  if (envelope.length < 1 + IV_BYTES + TAG_BYTES) return err('malformed');
  const version = envelope[0];
  if (version !== 1 && version !== 2) return err('unsupported-version');
  const iv = envelope.slice(1, 1 + IV_BYTES);
  const params = { name: 'AES-GCM', iv, additionalData: payloadContext(version, boardId, kind) } as const;
  try {
    const plaintext = new Uint8Array(await crypto.subtle.decrypt(params, key, envelope.slice(1 + IV_BYTES)));
    return ok({ version, plaintext });
  } catch {
    return err('not-authentic');
  }
}
