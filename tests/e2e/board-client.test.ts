// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { e2eTeam } from '../support/e2e-team';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoardAccess, type OpenBoard, browserSessionDeps, openBoard } from '../../extension/sync/open-board';
import { openBoardDb } from '../../extension/lib/board-db';
import { toBase64Url } from '../../shared/encoding/base64url';
import { createBoard } from '../../shared/sync/access';
import { deriveBoardKeys } from '../../shared/sync/crypto';
import { until } from '../support/until';
import { type DevServer, freePort } from '../support/wrangler-dev';

/**
 * The extension's sync client (local copy + session) in Node, against the real worker under
 * `wrangler dev`: Node 24 has the browser's WebSocket, fetch and WebCrypto; IndexedDB comes from
 * fake-indexeddb, one database per simulated browser profile. The same code runs in the side panel.
 */
let server: DevServer;
const team = e2eTeam();
beforeAll(() => {
  ({ server } = team);
});

const opened: OpenBoard[] = [];
afterAll(() => Promise.all(opened.map((board) => board.close())));

async function newBoard(): Promise<BoardAccess> {
  const created = await createBoard(fetch, crypto, server.url);
  if (!created.ok) throw new Error(created.error);
  return { server: server.url, boardId: created.value.invite.boardId, keys: created.value.keys };
}

/** A browser profile: its own IndexedDB. */
async function profile() {
  const db = await openBoardDb(new IDBFactory());
  return async (access: BoardAccess) => {
    const board = await openBoard(access, db, browserSessionDeps(access));
    opened.push(board);
    return board;
  };
}

const text = (board: OpenBoard) => board.doc.getText('notes').toJSON();

describe('the extension sync client against wrangler dev', () => {
  it('syncs two members and keeps offline edits across a reload until the server has them', async () => {
    const access = await newBoard();
    const anna = await (await profile())(access);
    const benProfile = await profile();
    let ben = await benProfile(access);
    await until(() => anna.health().status.state === 'online' && ben.health().status.state === 'online', 'online');

    anna.doc.getText('notes').insert(0, 'Agenda');
    await until(() => text(ben) === 'Agenda', 'Ben sees Anna');
    await until(() => anna.health().status.pending === 0, 'Anna acknowledged');

    // Ben's page closes; he reopens it while his server is unreachable and edits offline.
    await ben.close();
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    ben = await benProfile({ ...access, server: nowhere });
    expect(text(ben)).toBe('Agenda');
    ben.doc.getText('notes').insert(6, ' – Ben');
    ben.doc.getText('notes').insert(12, '!');
    await until(() => ben.health().status.state !== 'connecting', 'Ben gave up connecting');
    expect(ben.health().status).toMatchObject({ pending: 2 });
    expect(['offline', 'error']).toContain(ben.health().status.state);
    await ben.close();

    // Reloaded with the server back: the pending count survived, and the edits get through.
    ben = await benProfile(access);
    expect(ben.health().status.pending).toBe(2);
    expect(text(ben)).toBe('Agenda – Ben!');
    await until(() => text(anna) === 'Agenda – Ben!', 'Anna sees the offline edits');
    await until(() => ben.health().status.pending === 0, 'Ben acknowledged');
    await ben.close();
    ben = await benProfile(access);
    expect(ben.health().status.pending).toBe(0);
  });

  it('calls an unanswering server unreachable, with the edits still counted', async () => {
    const access = await newBoard();
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    const board = await (await profile())({ ...access, server: nowhere });
    board.doc.getText('notes').insert(0, 'x');
    await until(() => board.health().status.state === 'error', 'unreachable');
    expect(board.health().status).toMatchObject({ state: 'error', reason: 'unreachable', pending: 1 });
  });

  it('explains a token without access and an erased board', async () => {
    const access = await newBoard();
    const other = await newBoard();
    const intruder = await (await profile())({ ...access, keys: other.keys });
    await until(() => intruder.health().status.state === 'error', 'refused');
    expect(intruder.health().status).toMatchObject({ reason: 'no-access' });

    const anna = await (await profile())(access);
    await until(() => anna.health().status.state === 'online', 'online');
    const erased = await fetch(`${server.url}/api/boards/${access.boardId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${toBase64Url(access.keys.editToken!)}` },
    });
    expect(erased.status).toBe(204);
    await until(() => anna.health().status.state === 'error', 'deleted');
    expect(anna.health().status).toMatchObject({ reason: 'board-deleted' });
  });

  it('a read-only member receives but cannot write', async () => {
    const access = await newBoard();
    const anna = await (await profile())(access);
    const readKeys = await deriveBoardKeys(crypto, 'read', access.keys.readSecret, {
      verifyKey: access.keys.verifyKeyBytes,
    });
    const cem = await (await profile())({ ...access, keys: readKeys });
    anna.doc.getText('notes').insert(0, 'Minutes');
    await until(() => text(cem) === 'Minutes', 'Cem reads');
    cem.doc.getText('notes').insert(0, 'X');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text(anna)).toBe('Minutes');
  });

  it('recovers from a damaged local copy by starting over from the server', async () => {
    const access = await newBoard();
    const factory = new IDBFactory();
    const db = await openBoardDb(factory);
    const first = await openBoard(access, db, browserSessionDeps(access));
    first.doc.getText('notes').insert(0, 'Saved on the server');
    await until(() => first.health().status.pending === 0, 'acknowledged');
    await first.close();
    await db.append(access.boardId, Uint8Array.of(0xff, 0x00, 0x13)); // not a Yjs update
    const second = await openBoard(access, db, browserSessionDeps(access));
    opened.push(second);
    expect(second.health().recovered).toBe(true);
    await until(() => text(second) === 'Saved on the server', 'restored from the server');
  });
});
