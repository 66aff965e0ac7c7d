// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { env, exports } from 'cloudflare:workers';
import { runInDurableObject } from 'cloudflare:test';
import { boardStub } from '../../worker/board/board-id';
import type { BoardStore } from '../../worker/board/board-store';
import { toBase64Url } from '../../shared/encoding/base64url';
import type { Bytes } from '../../shared/encoding/bytes';
import { type BoardKeys, deriveBoardKeys, hashToken, newBoardSecret } from '../../shared/sync/crypto';
import type { ServerFrame } from '../../shared/sync/frames';
import { SYNC_SUBPROTOCOL } from '../../shared/sync/socket-protocol';
import { type WireClient, wireClient } from '../support/wire-client';

export const api = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`https://sync.test${path}`, init));

let addresses = 0;

/** Creates a board as a client does: fresh secret, derived tokens, only their hashes sent. */
export async function createBoard(options: { retentionDays?: number; jurisdiction?: 'eu' } = {}) {
  const secret = newBoardSecret(crypto);
  const keys = await deriveBoardKeys(crypto, 'edit', secret);
  const response = await api('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'CF-Connecting-IP': `192.0.2.${++addresses % 250}` },
    body: JSON.stringify({
      editTokenHash: await hashToken(crypto, keys.editToken!),
      readTokenHash: await hashToken(crypto, keys.readToken),
      ...options,
    }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  const { boardId } = await response.json<{ boardId: string }>();
  return { boardId, keys, secret };
}

export type TestClient = WireClient<WebSocket>;

export async function openSocket(boardId: string, token: Bytes | null, protocols = [SYNC_SUBPROTOCOL]) {
  const list = token ? [...protocols, `token.${toBase64Url(token)}`] : protocols;
  return api(`/api/boards/${boardId}/socket`, {
    headers: { Upgrade: 'websocket', 'Sec-WebSocket-Protocol': list.join(', ') },
  });
}

/**
 * Connects and, unless told otherwise, completes the hello/welcome handshake. Speaks protocol 1
 * unless told otherwise: its catch-up comes one `update` frame per entry, which most tests read.
 */
export async function connect(
  boardId: string,
  token: Bytes,
  options: { lastSeq?: number; hello?: boolean; version?: number } = {},
) {
  const response = await openSocket(boardId, token);
  const socket = response.webSocket;
  if (!socket) throw new Error(`no upgrade: ${response.status} ${await response.text()}`);
  socket.accept();
  const client = wireClient(socket);
  if (options.hello !== false) {
    client.send({ type: 'hello', version: options.version ?? 1, lastSeq: options.lastSeq ?? 0 });
    const welcome = await client.next();
    if (welcome.type !== 'welcome') throw new Error(`expected welcome, got ${welcome.type}`);
  }
  return client;
}

/** Reads frames until `caughtUp`; returns the ones before it. */
export async function catchUp(client: TestClient): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for (;;) {
    const frame = await client.next();
    if (frame.type === 'caughtUp') return frames;
    frames.push(frame);
  }
}

export const messageId = (n: number): Bytes => new Uint8Array(16).fill(n % 256);

export type { BoardKeys };

/**
 * Changes a board's storage behind its object's back (an older version's data, time passing), then
 * makes the object read it afresh, as it would after hibernation or a restart.
 */
export function editBoardStorage<T>(boardId: string, edit: (sql: SqlStorage) => T): Promise<T> {
  return runInDurableObject(boardStub(env, boardId), (instance, state) => {
    const result = edit(state.storage.sql);
    (instance as unknown as { store: BoardStore }).store.forget();
    return result;
  });
}
