import { toBase64Url } from '../encoding/base64url';
import { type Bytes, concatBytes } from '../encoding/bytes';
import { asciiBytes } from '../encoding/hex';
import { type Result, err, ok } from '../result';
import { type BoardRole, SECRET_BYTES } from './invite';

/** An opaque WebCrypto key. */
export interface CryptoKeyHandle {
  readonly type: string;
}

/**
 * The parts of WebCrypto used here. Browsers, workerd and Node 24 all provide them as `crypto`;
 * callers pass it in, so this module touches no global.
 */
export interface WebCrypto {
  getRandomValues<T extends Bytes>(array: T): T;
  subtle: {
    importKey(
      format: 'raw',
      keyData: Bytes,
      algorithm: 'HKDF' | { name: 'AES-GCM' },
      extractable: false,
      usages: ('deriveBits' | 'encrypt' | 'decrypt')[],
    ): Promise<CryptoKeyHandle>;
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
    digest(algorithm: 'SHA-256', data: Bytes): Promise<ArrayBuffer>;
  };
}

/** What a member holds for one board, derived from the secret in their link. */
export interface BoardKeys {
  role: BoardRole;
  /** AES-GCM-256 key for every update, snapshot and presence message. */
  contentKey: CryptoKeyHandle;
  /** Proves read access to the server. */
  readToken: Bytes;
  /** Proves edit access; null for read-only members, who cannot derive it. */
  editToken: Bytes | null;
  /** The secret of the read-only link, which an editor can hand out. */
  readSecret: Bytes;
}

const LABEL = 'team-rituals/v1/';

async function hkdf(crypto: WebCrypto, secret: Bytes, purpose: string): Promise<Bytes> {
  const key = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info: asciiBytes(LABEL + purpose) } as const;
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

/**
 * The key schedule. An edit link carries the edit secret E; a read-only link carries R = HKDF(E).
 * The content key and the read token come from R, the edit token from E, so a read-only member
 * can decrypt but can never produce the edit token. The board id is not an input: the client
 * registers its token hashes before the server assigns the id, and every secret is fresh anyway;
 * the id is bound into each ciphertext instead. Changing a label invalidates every existing link.
 */
export async function deriveBoardKeys(crypto: WebCrypto, role: BoardRole, secret: Bytes): Promise<BoardKeys> {
  const readSecret = role === 'edit' ? await hkdf(crypto, secret, 'read-secret') : secret;
  const editToken = role === 'edit' ? await hkdf(crypto, secret, 'edit-token') : null;
  const readToken = await hkdf(crypto, readSecret, 'read-token');
  const keyBytes = await hkdf(crypto, readSecret, 'content-key');
  const contentKey = await crypto.subtle.importKey('raw', keyBytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  return { role, contentKey, readToken, editToken, readSecret };
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

const ENVELOPE_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const additionalData = (boardId: string, kind: PayloadKind) => asciiBytes(`${LABEL}${kind}/${boardId}`);

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
): Promise<Bytes> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const params = { name: 'AES-GCM', iv, additionalData: additionalData(boardId, kind) } as const;
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt(params, key, plaintext));
  return concatBytes(Uint8Array.of(ENVELOPE_VERSION), iv, ciphertext);
}

/** Decrypts a payload; anything not sealed with this key, board and kind is an error value. */
export async function openPayload(
  crypto: WebCrypto,
  key: CryptoKeyHandle,
  boardId: string,
  kind: PayloadKind,
  envelope: Bytes,
): Promise<Result<Bytes, OpenError>> {
  if (envelope.length < 1 + IV_BYTES + TAG_BYTES) return err('malformed');
  if (envelope[0] !== ENVELOPE_VERSION) return err('unsupported-version');
  const iv = envelope.slice(1, 1 + IV_BYTES);
  const params = { name: 'AES-GCM', iv, additionalData: additionalData(boardId, kind) } as const;
  try {
    return ok(new Uint8Array(await crypto.subtle.decrypt(params, key, envelope.slice(1 + IV_BYTES))));
  } catch {
    return err('not-authentic');
  }
}
