// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { SYNC_SUBPROTOCOL } from '../../shared/sync/socket-protocol';
import { env } from 'cloudflare:workers';
import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64url';
import { asciiBytes } from '../../shared/encoding/hex';
import { deriveBoardKeys, hashToken, newBoardSecret } from '../../shared/sync/crypto';
import { createApp } from '../../worker/app';
import { boardStub } from '../../worker/board/board-id';
import { BOARD_LIMITS } from '../../worker/board/limits';
import { api, catchUp, connect, createBoard, editBoardStorage, messageId, openSocket } from './sync-client';

/**
 * What one attacker can make the server hold or do (docs/security.md, "Promises that operators rely
 * on"): creation limits per network, bounded storage per board, bodies refused while they arrive,
 * connection slots and frame rates per connection, and HSTS.
 */
const HASH = 'A'.repeat(43);
const create = (address: string, body: unknown = { editTokenHash: HASH, readTokenHash: HASH }) =>
  api('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'CF-Connecting-IP': address },
    body: JSON.stringify(body),
  });

describe('board creation', () => {
  it('limits creation per IPv6 /64, not per address inside it', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) statuses.push((await create(`2001:db8:7:1::${i.toString(16)}`)).status);
    expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(201));
    expect(statuses[10]).toBe(429);
    // The same /64 written differently, and an address from the network next door.
    expect((await create('2001:0DB8:0007:0001:ffff:ffff:ffff:ffff')).status).toBe(429);
    expect((await create('2001:db8:7:2::1')).status).toBe(201);
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address', async () => {
    for (let i = 0; i < 10; i++) expect((await create('203.0.113.77')).status).toBe(201);
    expect((await create('::ffff:203.0.113.77')).status).toBe(429);
  });

  it('keeps an inactive board at most 365 days unless the operator allows more', async () => {
    const response = await create('198.51.100.40', { editTokenHash: HASH, readTokenHash: HASH, retentionDays: 3650 });
    expect(await response.json()).toMatchObject({ retentionDays: 365 });
  });
});

describe('the board directory', () => {
  it('finds a board from before the directory only with LEGACY_BOARD_LOOKUP=on, and lists it then', async () => {
    const boardId = '0123456789abcdef0123456789abcde1';
    const keys = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
    await boardStub(env, boardId).create(
      boardId,
      await hashToken(crypto, keys.editToken!),
      await hashToken(crypto, keys.readToken),
      30,
    );
    const probe = (environment: typeof env) =>
      createApp().fetch(
        new Request(`https://sync.test/api/boards/${boardId}`, {
          headers: { Authorization: `Bearer ${toBase64Url(keys.readToken)}` },
        }),
        environment,
      );
    expect((await probe(env)).status).toBe(404);
    expect((await probe({ ...env, LEGACY_BOARD_LOOKUP: 'on' })).status).toBe(200);
    expect((await probe(env)).status).toBe(200);
  });
});

describe('request bodies', () => {
  it('refuses a body whose declared length is over the limit with 413', async () => {
    const response = await create('198.51.100.41', { padding: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('refuses a streamed body as soon as it passes the limit, without waiting for its end', async () => {
    // 8 KiB, then nothing more and no end: a server that reads bodies whole would wait forever.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(8192).fill(0x20));
      },
    });
    const response = await api('/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'CF-Connecting-IP': '198.51.100.42' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});

describe('transport', () => {
  it('sends Strict-Transport-Security on every HTTPS response, errors included', async () => {
    for (const path of ['/health', '/api/boards/nothing', '/no-such-page']) {
      const response = await api(path);
      expect(response.headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{8,}/);
    }
  });
});

describe('storage per board', () => {
  it('drops a compaction upload when its connection closes', async () => {
    const { boardId, keys } = await createBoard();
    const editor = await connect(boardId, keys.editToken!);
    await catchUp(editor);
    editor.send({ type: 'snapshot', uploadId: 1, uptoSeq: 0, index: 0, total: 2, payload: new Uint8Array(4096) });
    editor.send({ type: 'time', clientTime: 1 });
    await editor.next();
    const staged = () =>
      runInDurableObject(
        boardStub(env, boardId),
        (_, state) => state.storage.sql.exec('SELECT COUNT(*) AS n FROM uploads').one().n,
      );
    expect(await staged()).toBe(1);
    editor.socket.close();
    await editor.whenClosed;
    // The close reaches the object after this side's close event: wait for the state, not a time.
    for (let i = 0; i < 200 && (await staged()) !== 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await staged()).toBe(0);
  });

  it('counts staged uploads towards the board size', async () => {
    const { boardId, keys } = await createBoard();
    // A board just under its size limit, as thousands of updates would leave it.
    await editBoardStorage(boardId, (sql) =>
      sql.exec('UPDATE board SET bytes = ?', BOARD_LIMITS.maxBoardBytes - 300_000),
    );
    const editor = await connect(boardId, keys.editToken!);
    await catchUp(editor);
    editor.send({ type: 'snapshot', uploadId: 1, uptoSeq: 0, index: 0, total: 2, payload: new Uint8Array(400_000) });
    editor.send({ type: 'update', messageId: messageId(1), payload: asciiBytes('one more') });
    expect(await editor.next()).toEqual({ type: 'error', code: 'board-too-large', fatal: false });
  });

  it('sends a catch-up in pages, never reading the whole log at once', async () => {
    const { boardId, keys } = await createBoard();
    const stub = boardStub(env, boardId);
    const entries = 1200;
    await editBoardStorage(boardId, (sql) => {
      for (let seq = 1; seq <= entries; seq++) sql.exec('INSERT INTO log VALUES (?, ?)', seq, asciiBytes(`u${seq}`));
      sql.exec('UPDATE board SET head_seq = ?', entries);
    });
    const rows: number[] = [];
    await runInDurableObject(stub, (_, state) => {
      const exec = state.storage.sql.exec.bind(state.storage.sql);
      state.storage.sql.exec = ((query: string, ...bindings: unknown[]) => {
        const cursor = exec(query, ...bindings);
        if (/FROM log/.test(query)) {
          const all = cursor.toArray();
          rows.push(all.length);
          return { toArray: () => all, [Symbol.iterator]: () => all[Symbol.iterator](), one: () => all[0] };
        }
        return cursor;
      }) as typeof state.storage.sql.exec;
    });
    const reader = await connect(boardId, keys.readToken);
    const frames = await catchUp(reader);
    expect(frames.map((frame) => (frame as { seq: number }).seq)).toEqual(
      Array.from({ length: entries }, (_, i) => i + 1),
    );
    expect(Math.max(...rows)).toBeLessThanOrEqual(500);
  });
});

describe('connections', () => {
  it('keeps a free slot for editors when read-only connections fill theirs', async () => {
    const { boardId, keys } = await createBoard();
    const readers = [];
    for (let i = 0; i < BOARD_LIMITS.maxReadConnections; i++) readers.push(await connect(boardId, keys.readToken));
    const refused = await openSocket(boardId, keys.readToken);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'too_many_connections' } });
    const editor = await connect(boardId, keys.editToken!);
    expect(await editor.next()).toEqual({ type: 'caughtUp', headSeq: 0 });
    for (const reader of readers) reader.socket.close();
  });

  it('limits presence and time frames per connection, like updates', async () => {
    const { boardId, keys } = await createBoard();
    const flood = await connect(boardId, keys.readToken);
    await catchUp(flood);
    const other = await connect(boardId, keys.readToken);
    await catchUp(other);
    for (let i = 0; i < 300; i++) flood.send({ type: 'presence', payload: asciiBytes(`p${i}`) });
    for (let i = 0; i < 100; i++) flood.send({ type: 'time', clientTime: i });
    // A second hello is refused as unexpected, never rate-limited: its answer marks the end.
    flood.send({ type: 'hello', version: 1, lastSeq: 0 });
    const answers = [];
    for (
      let frame = await flood.next();
      frame.type !== 'error' || frame.code !== 'unexpected-frame';
      frame = await flood.next()
    )
      answers.push(frame);
    const limited = answers.filter((frame) => frame.type === 'error' && frame.code === 'rate-limited').length;
    expect(limited).toBeGreaterThan(300);
    other.send({ type: 'time', clientTime: 7 });
    const relayed = [];
    for (let frame = await other.next(); frame.type !== 'time'; frame = await other.next()) relayed.push(frame);
    expect(relayed.length).toBeLessThanOrEqual(BOARD_LIMITS.presenceBurst + 5);
  });

  it('accepts a socket only after checking the token inside the board, whatever the worker says', async () => {
    const { boardId, keys } = await createBoard();
    const auth = { Authorization: `Bearer ${toBase64Url(keys.editToken!)}` };
    await api(`/api/boards/${boardId}/read-access`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: false }),
    });
    // A request reaching the object directly, claiming a role, is refused: the object decides.
    const response = await boardStub(env, boardId).fetch(
      new Request('https://board/socket', {
        headers: { Upgrade: 'websocket', 'X-Board-Role': 'read', 'X-Board-Subprotocol': SYNC_SUBPROTOCOL },
      }),
    );
    expect(response.status).not.toBe(101);
  });
});
