// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { socketProtocols } from '../../shared/sync/socket-protocol';
import { env } from 'cloudflare:workers';
import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64url';
import type { Bytes } from '../../shared/encoding/bytes';
import { asciiBytes, toHex } from '../../shared/encoding/hex';
import { sealPayload } from '../../shared/sync/crypto';
import { boardStub } from '../../worker/board/board-id';
import { api, catchUp, connect, createBoard, editBoardStorage, messageId } from './sync-client';

const payload = (text: string) => asciiBytes(text);

/** An editor who has written updates `u1`…`u<count>`, each acknowledged. */
async function editorWithUpdates(boardId: string, token: Bytes, count: number) {
  const editor = await connect(boardId, token);
  await catchUp(editor);
  for (let i = 1; i <= count; i++) {
    editor.send({ type: 'update', messageId: messageId(i), payload: payload(`u${i}`) });
    await editor.next();
  }
  return editor;
}

describe('board relay', () => {
  it('welcomes with the role and head, acks a stored update and broadcasts it to the others only', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    expect(await anna.next()).toEqual({ type: 'caughtUp', headSeq: 0 });
    const ben = await connect(boardId, keys.readToken);
    await catchUp(ben);

    anna.send({ type: 'update', messageId: messageId(1), payload: payload('u1') });
    expect(await anna.next()).toEqual({ type: 'ack', messageId: messageId(1), seq: 1 });
    expect(await ben.next()).toEqual({ type: 'update', seq: 1, payload: payload('u1') });
    expect(anna.pending()).toEqual([]);
  });

  it('stores a resent update once and acks it with its first sequence number', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    await catchUp(anna);
    const ben = await connect(boardId, keys.editToken!);
    await catchUp(ben);
    for (let i = 0; i < 2; i++) anna.send({ type: 'update', messageId: messageId(7), payload: payload('same') });
    expect(await anna.next()).toMatchObject({ type: 'ack', seq: 1 });
    expect(await anna.next()).toMatchObject({ type: 'ack', seq: 1 });
    expect(await ben.next()).toMatchObject({ type: 'update', seq: 1 });
    const late = await connect(boardId, keys.readToken);
    expect(await catchUp(late)).toHaveLength(1);
    expect(ben.pending()).toEqual([]);
  });

  it('catches a reconnecting client up from its last sequence number', async () => {
    const { boardId, keys } = await createBoard();
    await editorWithUpdates(boardId, keys.editToken!, 3);
    const back = await connect(boardId, keys.readToken, { lastSeq: 1 });
    expect(await catchUp(back)).toEqual([
      { type: 'update', seq: 2, payload: payload('u2') },
      { type: 'update', seq: 3, payload: payload('u3') },
    ]);
  });

  it('catches a protocol-2 client up in pages of many entries, and a protocol-1 client one entry a frame', async () => {
    const { boardId, keys } = await createBoard();
    // Within the per-connection burst, so that every update is stored.
    await editorWithUpdates(boardId, keys.editToken!, 50);
    const all = Array.from({ length: 50 }, (_, i) => payload(`u${i + 1}`));
    const paged = await connect(boardId, keys.readToken, { version: 2 });
    expect(await catchUp(paged)).toEqual([{ type: 'updates', uptoSeq: 50, payloads: all }]);
    const resumed = await connect(boardId, keys.readToken, { version: 2, lastSeq: 48 });
    expect(await catchUp(resumed)).toEqual([{ type: 'updates', uptoSeq: 50, payloads: all.slice(48) }]);
    // A client of protocol 1 (every extension before paging) is served as before.
    const old = await connect(boardId, keys.readToken, { version: 1, lastSeq: 48 });
    expect(await catchUp(old)).toEqual([
      { type: 'update', seq: 49, payload: all[48] },
      { type: 'update', seq: 50, payload: all[49] },
    ]);
  });

  it('welcomes each client in the version it speaks', async () => {
    const { boardId, keys } = await createBoard();
    for (const version of [1, 2]) {
      const client = await connect(boardId, keys.readToken, { hello: false });
      client.send({ type: 'hello', version, lastSeq: 0 });
      expect(await client.next()).toMatchObject({ type: 'welcome', version });
    }
  });

  it('refuses writes on a read-only connection and keeps it open', async () => {
    const { boardId, keys } = await createBoard();
    const reader = await connect(boardId, keys.readToken);
    await catchUp(reader);
    reader.send({ type: 'update', messageId: messageId(1), payload: payload('x') });
    expect(await reader.next()).toEqual({ type: 'error', code: 'read-only', fatal: false });
    reader.send({ type: 'time', clientTime: 5 });
    expect(await reader.next()).toMatchObject({ type: 'time', clientTime: 5 });
  });

  it('answers bad frames with error codes and serves the same connection afterwards', async () => {
    const { boardId, keys } = await createBoard();
    const client = await connect(boardId, keys.editToken!, { hello: false });
    client.socket.send(new Uint8Array([0x7f, 1, 2]));
    expect(await client.next()).toEqual({ type: 'error', code: 'malformed-frame', fatal: false });
    client.socket.send('hello?');
    expect(await client.next()).toEqual({ type: 'error', code: 'malformed-frame', fatal: false });
    client.send({ type: 'update', messageId: messageId(1), payload: payload('too early') });
    expect(await client.next()).toEqual({ type: 'error', code: 'unexpected-frame', fatal: false });
    client.send({ type: 'hello', version: 1, lastSeq: 0 });
    expect(await client.next()).toMatchObject({ type: 'welcome', role: 'edit' });
    expect(await client.next()).toEqual({ type: 'caughtUp', headSeq: 0 });
    client.send({ type: 'hello', version: 1, lastSeq: 0 });
    expect(await client.next()).toEqual({ type: 'error', code: 'unexpected-frame', fatal: false });
  });

  it('closes a connection that speaks another protocol version, with a clear error', async () => {
    const { boardId, keys } = await createBoard();
    const client = await connect(boardId, keys.editToken!, { hello: false });
    client.send({ type: 'hello', version: 3, lastSeq: 0 });
    expect(await client.next()).toEqual({ type: 'error', code: 'unsupported-version', fatal: true });
    expect(await client.whenClosed).toEqual({ code: 4000, reason: 'unsupported-version' });
  });

  it('relays presence to the others without storing it, and says when someone left', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    await catchUp(anna);
    const ben = await connect(boardId, keys.readToken);
    await catchUp(ben);
    anna.send({ type: 'presence', payload: payload('anna is here') });
    const seen = await ben.next();
    expect(seen).toMatchObject({ type: 'presence', payload: payload('anna is here') });
    anna.socket.close();
    expect(await ben.next()).toEqual({ type: 'left', connectionId: (seen as { connectionId: number }).connectionId });
    const late = await connect(boardId, keys.readToken);
    expect(await catchUp(late)).toEqual([]);
  });

  it('replaces the log up to a snapshot atomically and serves the snapshot in chunks on join', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await editorWithUpdates(boardId, keys.editToken!, 3);
    anna.send({ type: 'snapshot', uploadId: 1, uptoSeq: 2, index: 1, total: 2, payload: payload('snap-b') });
    anna.send({ type: 'snapshot', uploadId: 1, uptoSeq: 2, index: 0, total: 2, payload: payload('snap-a') });
    expect(await anna.next()).toEqual({ type: 'snapshotSaved', uploadId: 1, uptoSeq: 2 });
    const joiner = await connect(boardId, keys.readToken);
    expect(await catchUp(joiner)).toEqual([
      { type: 'snapshot', uptoSeq: 2, index: 0, total: 2, payload: payload('snap-a') },
      { type: 'snapshot', uptoSeq: 2, index: 1, total: 2, payload: payload('snap-b') },
      { type: 'update', seq: 3, payload: payload('u3') },
    ]);
    const logged = await runInDurableObject(boardStub(env, boardId), (_, state) =>
      state.storage.sql
        .exec('SELECT seq FROM log')
        .toArray()
        .map((row) => row.seq),
    );
    expect(logged).toEqual([3]);
  });

  it('rejects snapshots beyond the head, from readers, or with impossible chunking', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    await catchUp(anna);
    anna.send({ type: 'snapshot', uploadId: 1, uptoSeq: 5, index: 0, total: 1, payload: payload('x') });
    expect(await anna.next()).toEqual({ type: 'error', code: 'snapshot-rejected', fatal: false });
    anna.send({ type: 'snapshot', uploadId: 2, uptoSeq: 0, index: 3, total: 2, payload: payload('x') });
    expect(await anna.next()).toEqual({ type: 'error', code: 'snapshot-rejected', fatal: false });
    const reader = await connect(boardId, keys.readToken);
    await catchUp(reader);
    reader.send({ type: 'snapshot', uploadId: 1, uptoSeq: 0, index: 0, total: 1, payload: payload('x') });
    expect(await reader.next()).toEqual({ type: 'error', code: 'read-only', fatal: false });
  });

  it('limits the update rate per connection without disturbing the others', async () => {
    const { boardId, keys } = await createBoard();
    const flood = await connect(boardId, keys.editToken!);
    await catchUp(flood);
    const calm = await connect(boardId, keys.editToken!);
    await catchUp(calm);
    for (let i = 0; i < 80; i++) flood.send({ type: 'update', messageId: messageId(i), payload: payload('f') });
    const answers = [];
    for (let i = 0; i < 80; i++) answers.push(await flood.next());
    expect(answers.filter((frame) => frame.type === 'error' && frame.code === 'rate-limited').length).toBeGreaterThan(
      0,
    );
    calm.pending();
    calm.send({ type: 'update', messageId: messageId(200), payload: payload('calm') });
    let frame = await calm.next();
    while (frame.type === 'update') frame = await calm.next();
    expect(frame).toMatchObject({ type: 'ack' });
  });

  it('answers time requests with the server clock', async () => {
    const { boardId, keys } = await createBoard();
    const client = await connect(boardId, keys.readToken);
    await catchUp(client);
    const before = Date.now();
    client.send({ type: 'time', clientTime: 42 });
    const reply = await client.next();
    expect(reply).toMatchObject({ type: 'time', clientTime: 42 });
    expect((reply as { serverTime: number }).serverTime).toBeGreaterThanOrEqual(before - 1000);
  });

  it('on erasure closes every socket with board-deleted and keeps no byte', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    await catchUp(anna);
    anna.send({ type: 'update', messageId: messageId(1), payload: payload('x') });
    await anna.next();
    await api(`/api/boards/${boardId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${toBase64Url(keys.editToken!)}` },
    });
    expect(await anna.next()).toEqual({ type: 'error', code: 'board-deleted', fatal: true });
    expect(await anna.whenClosed).toMatchObject({ code: 4000 });
    const left = await runInDurableObject(boardStub(env, boardId), async (_, state) => ({
      tables: state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table'").toArray(),
      alarm: await state.storage.getAlarm(),
    }));
    expect(left).toEqual({ tables: [], alarm: null });
  });

  it('expires a board after its retention period without writes', async () => {
    const { boardId, keys } = await createBoard({ retentionDays: 1 });
    const stub = boardStub(env, boardId);
    expect(await runDurableObjectAlarm(stub)).toBe(true); // not yet due: it only re-arms
    expect(await stub.roleFor('x')).toBeNull();
    await editBoardStorage(boardId, (sql) =>
      sql.exec('UPDATE board SET last_write_at = ?', Date.now() - 2 * 86_400_000),
    );
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.roleFor('x')).toBe('no-board');
    const response = await api(`/api/boards/${boardId}/socket`, {
      headers: {
        Upgrade: 'websocket',
        'Sec-WebSocket-Protocol': socketProtocols(keys.readToken).join(', '),
      },
    });
    expect(response.status).toBe(404);
  });

  it('never holds content in plaintext: after encrypted edits its storage has none of the text', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    await catchUp(anna);
    const secretText = 'Vertraulich: Umzug des Referats';
    const sealed = await sealPayload(crypto, keys.contentKey, boardId, 'update', asciiBytes(secretText));
    anna.send({ type: 'update', messageId: messageId(1), payload: sealed });
    await anna.next();
    const dump = await runInDurableObject(boardStub(env, boardId), (_, state) =>
      state.storage.sql
        .exec('SELECT payload FROM log')
        .toArray()
        .map((row) => toHex(new Uint8Array(row.payload as ArrayBuffer)))
        .join(''),
    );
    expect(dump.length).toBeGreaterThan(0);
    expect(dump).not.toContain(toHex(asciiBytes('Vertraulich')));
  });
});
