// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64url';
import { toHex } from '../../shared/encoding/hex';
import { boardEndpoints, createBoard, eraseBoard, setReadAccess } from '../../shared/sync/access';
import { encodeClientFrame } from '../../shared/sync/codec';
import { type WireClient, openWireClient } from '../support/wire-client';
import { type SelfHostedServer, generateSelfHosted } from '../support/selfhost';

/**
 * Attacks on the server as an operator runs it (the self-hosted workerd, killed and restarted by
 * nothing here): racing a read-only link's revocation, leaving files behind with requests for
 * boards that do not exist, and holding sockets open without a handshake.
 */
let server: SelfHostedServer;
/** Boards created so far in this file, all counted against the server's budget. */
let created = 0;

beforeAll(async () => {
  server = await generateSelfHosted(['--creation-budget', '40']);
  await server.start();
});
afterAll(async () => {
  await server?.dispose();
});

async function newBoard() {
  const board = await createBoard(fetch, crypto, server.url);
  if (!board.ok) throw new Error(board.error);
  created += 1;
  const { boardId } = board.value.invite;
  return { boardId, keys: board.value.keys, api: boardEndpoints(server.url, boardId).api };
}

/** Every file of the Durable Objects' storage with its size: what requests leave on disk. */
async function filesOnDisk(): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const entry of await readdir(server.data, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.sqlite')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, (await stat(path)).size);
  }
  return files;
}

/** Read-only connections a board accepts at once (worker/board/limits.ts). */
const READ_SLOTS = 32;
const hello = encodeClientFrame({ type: 'hello', version: 1, lastSeq: 0 });
const timeFrame = (clientTime: number) => encodeClientFrame({ type: 'time', clientTime });

describe('the self-hosted server under attack', () => {
  it('lets no read-only connection survive the link being turned off, however the upgrades race it', async () => {
    const { boardId, keys, api } = await newBoard();
    const editor = await openWireClient(server.url, boardId, keys.editToken!);
    editor.socket.send(hello);
    await editor.until(() => editor.frames.some((frame) => frame.type === 'caughtUp'));
    for (let round = 0; round < 8; round++) {
      expect(await setReadAccess(fetch, api, keys.editToken!, true)).toEqual({ ok: true, value: null });
      // Read-only clients reconnecting in a loop, as fast as they can, while the editor turns the link off.
      const attempts: Promise<WireClient | null>[] = [];
      let racing = true;
      const dial = async (): Promise<void> => {
        while (racing) {
          const socket = await openWireClient(server.url, boardId, keys.readToken).catch(() => null);
          if (socket) {
            socket.socket.send(hello);
            attempts.push(Promise.resolve(socket));
          }
        }
      };
      const dialers = Array.from({ length: 12 }, () => dial());
      await new Promise((resolve) => setTimeout(resolve, 5 * round));
      expect(await setReadAccess(fetch, api, keys.editToken!, false)).toEqual({ ok: true, value: null });
      const offAt = attempts.length;
      racing = false;
      await Promise.all(dialers);
      // After the answer, the editor writes; then every read socket that is still open is asked the time.
      const messageId = crypto.getRandomValues(new Uint8Array(16));
      editor.socket.send(encodeClientFrame({ type: 'update', messageId, payload: new Uint8Array([round]) }));
      const acked = () =>
        editor.frames.find((frame) => frame.type === 'ack' && toHex(frame.messageId) === toHex(messageId));
      await editor.until(() => acked() !== undefined);
      const written = (acked() as { seq: number }).seq;
      const sockets = (await Promise.all(attempts)).filter((socket): socket is WireClient => socket !== null);
      for (const reader of sockets) {
        if (reader.closed === null) {
          try {
            reader.socket.send(timeFrame(round + 1));
          } catch {
            // closing meanwhile
          }
        }
        await reader.until(() => reader.closed !== null || reader.frames.some((frame) => frame.type === 'time'));
        const survived =
          reader.closed === null || reader.frames.some((frame) => frame.type === 'update' && frame.seq === written);
        expect(
          survived,
          `round ${round}: a read-only socket (of ${sockets.length}, ${offAt} before the answer) survived`,
        ).toBe(false);
      }
    }
    editor.socket.close();
  });

  it('leaves nothing on disk for requests to boards that do not exist or were erased', async () => {
    const erased = await newBoard();
    expect((await eraseBoard(fetch, erased.api, erased.keys.editToken!)).ok).toBe(true);
    const kept = await newBoard();
    const before = await filesOnDisk();
    const token = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
    const randomId = () => toHex(crypto.getRandomValues(new Uint8Array(16)));
    const requests: Promise<number>[] = [];
    for (const boardId of [...Array.from({ length: 40 }, randomId), erased.boardId, erased.boardId]) {
      const api = boardEndpoints(server.url, boardId).api;
      const auth = { Authorization: `Bearer ${token}` };
      const status = (response: Response) => response.status;
      requests.push(
        fetch(api, { headers: auth }).then(status),
        fetch(api, { method: 'DELETE', headers: auth }).then(status),
        fetch(`${api}/read-access`, { method: 'PUT', headers: auth, body: '{"enabled":false}' }).then(status),
        // A refused upgrade: the socket never opens.
        openWireClient(server.url, boardId, crypto.getRandomValues(new Uint8Array(32))).then(
          () => 101,
          () => 404,
        ),
      );
    }
    expect(new Set(await Promise.all(requests))).toEqual(new Set([404]));
    // The board that exists still answers.
    expect(
      (await fetch(kept.api, { headers: { Authorization: `Bearer ${toBase64Url(kept.keys.readToken)}` } })).status,
    ).toBe(200);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('closes a socket that does not say hello within a few seconds, and frees its slot', async () => {
    const { boardId, keys } = await newBoard();
    // One socket speaks, but never says hello; the others fill every read-only slot saying nothing.
    const early = await openWireClient(server.url, boardId, keys.readToken);
    early.socket.send(timeFrame(1));
    const silent = [];
    for (let i = 1; i < READ_SLOTS; i++) silent.push(await openWireClient(server.url, boardId, keys.readToken));
    await expect(openWireClient(server.url, boardId, keys.readToken)).rejects.toBeDefined();
    const openedAt = Date.now();
    await early.until(() => early.closed !== null);
    expect(early.closed).toMatchObject({ code: 4000, reason: 'hello-timeout' });
    expect(early.frames).toEqual([
      { type: 'error', code: 'unexpected-frame', fatal: false },
      { type: 'error', code: 'hello-timeout', fatal: true },
    ]);
    expect(Date.now() - openedAt).toBeLessThan(9000);
    // The silent ones' slots are free again: a reader who says hello gets in.
    const reader = await openWireClient(server.url, boardId, keys.readToken);
    reader.socket.send(hello);
    await reader.until(() => reader.frames.some((frame) => frame.type === 'caughtUp'));
    for (const socket of [...silent, reader]) socket.socket.close();
  });

  it('keeps a network to its creation limit even after the limiter sat idle', async () => {
    const post = () => createFrom('10.77.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push(await post());
    expect(statuses).toEqual([...Array<number>(10).fill(201), 429]);
    // An idle object is evicted from memory after about ten seconds (seen on this workerd): an
    // attacker who waits that long must not get a fresh allowance.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(await post()).toBe(429);
  });

  it('keeps to the operator creation budget across all addresses', async () => {
    const before = created;
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push(await createFrom(`10.9.${i}.1`));
    expect(statuses.filter((status) => status === 201).length).toBe(40 - before);
    expect(statuses.at(-1)).toBe(429);
  });
});

/** Creates a board as a client behind the reverse proxy at `address`; returns the status. */
async function createFrom(address: string): Promise<number> {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Real-IP': address },
    body: JSON.stringify({ editTokenHash: 'A'.repeat(43), readTokenHash: 'B'.repeat(43) }),
  });
  if (response.status === 201) created += 1;
  return response.status;
}
