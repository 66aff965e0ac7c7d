// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { SocketStates } from '../../worker/board/socket-states';
import { env } from 'cloudflare:workers';
import { runInDurableObject } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import { asciiBytes } from '../../shared/encoding/hex';
import { boardStub } from '../../worker/board/board-id';
import { catchUp, connect, createBoard, editBoardStorage, messageId } from './sync-client';

/**
 * What one update costs the relay, counted rather than timed (figures are in `npm run bench`): the
 * SQL statements it runs, the rows they touch, and the socket attachments it reads. None of them
 * may grow with the board's history or, per recipient, beyond sending the frame.
 */

interface Counted {
  statements: string[];
  rowsRead: number;
}

/**
 * Counts what the board's SQL does from now on (the object keeps its storage while awake). The
 * test and the object share an isolate, so the statements land in this closure; the cursors'
 * row counts are read inside the object.
 */
async function countSql(boardId: string): Promise<() => Promise<Counted>> {
  const statements: string[] = [];
  const cursors: SqlStorageCursor<Record<string, SqlStorageValue>>[] = [];
  await runInDurableObject(boardStub(env, boardId), (_, state) => {
    const exec = state.storage.sql.exec.bind(state.storage.sql);
    state.storage.sql.exec = ((query: string, ...bindings: unknown[]) => {
      const cursor = exec(query, ...bindings);
      statements.push(query.replace(/\s+/g, ' ').trim());
      cursors.push(cursor);
      return cursor;
    }) as typeof state.storage.sql.exec;
  });
  return () =>
    runInDurableObject(boardStub(env, boardId), () => ({
      statements: statements.splice(0),
      rowsRead: cursors.splice(0).reduce((sum, cursor) => sum + cursor.rowsRead, 0),
    }));
}

/**
 * Writes `count` earlier updates straight into the board's tables, with the ids a board remembers
 * after them (the last 20,000), then lets the object read its storage afresh.
 */
async function seedHistory(boardId: string, count: number) {
  await editBoardStorage(boardId, (sql) => {
    sql.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO log SELECT i, zeroblob(64) FROM n`,
      count,
    );
    sql.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO message_ids SELECT randomblob(16), i FROM n WHERE i > ? - 20000`,
      count,
      count,
    );
    sql.exec('UPDATE board SET head_seq = ?, bytes = ?', count, count * 64);
  });
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- called back with its socket as `this`
const originalDeserialize = WebSocket.prototype.deserializeAttachment;
afterEach(() => {
  WebSocket.prototype.deserializeAttachment = originalDeserialize;
});

describe('the cost of one update to the relay', () => {
  it('does not grow with history: an append on a board of 25,000 updates reads a handful of rows', async () => {
    const { boardId, keys } = await createBoard();
    await seedHistory(boardId, 25_000);
    const anna = await connect(boardId, keys.editToken!, { lastSeq: 25_000 });
    await catchUp(anna);
    anna.send({ type: 'update', messageId: messageId(100), payload: asciiBytes('u0') });
    expect(await anna.next()).toMatchObject({ type: 'ack', seq: 25_001 });
    const counts = await countSql(boardId);
    for (let i = 1; i <= 5; i++) {
      anna.send({ type: 'update', messageId: messageId(100 + i), payload: asciiBytes(`u${i}`) });
      expect(await anna.next()).toMatchObject({ type: 'ack', seq: 25_001 + i });
    }
    const { statements, rowsRead } = await counts();
    // Each update looks its id up once, writes log, id and board row, and forgets at most one old
    // id through the index; the board row and the staged size come from memory; nothing scans.
    expect(statements).toEqual(
      Array.from({ length: 5 }, () => [
        'SELECT seq FROM message_ids WHERE message_id = ?',
        'INSERT INTO log VALUES (?, ?)',
        'INSERT INTO message_ids VALUES (?, ?)',
        'DELETE FROM message_ids WHERE seq <= ?',
        'UPDATE board SET head_seq = ?, bytes = bytes + ?, last_write_at = ?',
      ]).flat(),
    );
    expect(rowsRead / 5).toBeLessThan(10);
  });

  it('reads no recipient’s attachment to broadcast: connection states are held while the object is awake', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    await catchUp(anna);
    const others = [];
    for (let i = 0; i < 10; i++) {
      const member = await connect(boardId, keys.readToken);
      await catchUp(member);
      others.push(member);
    }
    let reads = 0;
    WebSocket.prototype.deserializeAttachment = function (this: WebSocket) {
      reads++;
      return originalDeserialize.call(this) as unknown;
    };
    anna.send({ type: 'update', messageId: messageId(1), payload: asciiBytes('u1') });
    expect(await anna.next()).toMatchObject({ type: 'ack', seq: 1 });
    for (const member of others) expect(await member.next()).toMatchObject({ type: 'update', seq: 1 });
    expect(reads).toBe(0);
  });

  it('indexes the remembered ids of a board stored before the index, keeping them', async () => {
    const { boardId, keys } = await createBoard();
    const anna = await connect(boardId, keys.editToken!);
    await catchUp(anna);
    anna.send({ type: 'update', messageId: messageId(1), payload: asciiBytes('u1') });
    expect(await anna.next()).toMatchObject({ type: 'ack', seq: 1 });
    // The tables as the November 2026 version left them; a new deployment then opens the board.
    await editBoardStorage(boardId, (sql) => sql.exec('DROP INDEX message_ids_seq'));
    anna.send({ type: 'update', messageId: messageId(2), payload: asciiBytes('u2') });
    expect(await anna.next()).toMatchObject({ type: 'ack', seq: 2 });
    const plan = await editBoardStorage(boardId, (sql) =>
      sql
        .exec('EXPLAIN QUERY PLAN DELETE FROM message_ids WHERE seq <= ?', 1)
        .toArray()
        .map((row) => row.detail as string),
    );
    expect(plan.join(' ')).toContain('USING INDEX message_ids_seq');
    // A replay of the first update is still recognised.
    anna.send({ type: 'update', messageId: messageId(1), payload: asciiBytes('u1') });
    expect(await anna.next()).toMatchObject({ type: 'ack', seq: 1 });
  });

  it('holds no state for sockets that have closed', async () => {
    const { boardId, keys } = await createBoard();
    const held = () =>
      runInDurableObject(boardStub(env, boardId), (instance) => {
        return (instance as unknown as { connections: SocketStates }).connections.size;
      });
    const members = [];
    for (let i = 0; i < 3; i++) {
      const member = await connect(boardId, keys.editToken!);
      await catchUp(member);
      members.push(member);
    }
    expect(await held()).toBe(3);
    for (const member of members) {
      member.socket.close(1000, 'bye');
      await member.whenClosed;
    }
    for (let i = 0; i < 100 && (await held()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await held()).toBe(0);
  });
});
