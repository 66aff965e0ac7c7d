// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Bytes } from '../../shared/encoding/bytes';
import { browserSessionDeps, openBoard } from '../../extension/sync/open-board';
import { openBoardDb, preloadingBoardDb } from '../../extension/lib/board-db';
import { createBoardStore } from '../../extension/sync/board-store';
import { deriveBoardKeys, newBoardSecret } from '../../shared/sync/crypto';

const BOARD = 'a'.repeat(32);
const updates = new Map<string, Bytes>();
/** One fixed update per text (a new document each time would get a new client id). */
const update = (text: string) => {
  if (!updates.has(text)) {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, text);
    updates.set(text, new Uint8Array(Y.encodeStateAsUpdate(doc)));
  }
  return updates.get(text)!;
};

describe('the local board database', () => {
  it('reads the board a page shows first while the page loads, once; everything else afresh', async () => {
    const factory = new IDBFactory();
    const plain = await openBoardDb(factory);
    await plain.append(BOARD, update('a'));
    let reads = 0;
    const counting = openBoardDb(factory).then((db) => ({ ...db, load: (id: string) => (reads++, db.load(id)) }));
    const db = await preloadingBoardDb(counting, Promise.resolve(BOARD));
    // Read before anyone asked: the first load of that board takes it.
    await expect.poll(() => reads).toBe(1);
    await plain.append(BOARD, update('b'));
    const first = await db.load(BOARD);
    expect(first.ok && first.value.updates).toEqual([update('a')]);
    expect(reads).toBe(1);
    // A later load of it sees what was written since; another board is read as usual.
    const again = await db.load(BOARD);
    expect(again.ok && again.value.updates).toEqual([update('a'), update('b')]);
    expect((await db.load('b'.repeat(32))).ok).toBe(true);
    expect(reads).toBe(3);
    // No board to show first (a page opened to join a team): nothing is read ahead.
    reads = 0;
    const none = await preloadingBoardDb(counting, Promise.resolve(null));
    await none.load(BOARD);
    expect(reads).toBe(1);
  });

  it('stores updates and the confirmed state per board, and erases one board alone', async () => {
    const db = await openBoardDb(new IDBFactory());
    await db.append(BOARD, update('a'));
    await db.append('b'.repeat(32), update('b'));
    await db.saveConfirmed(BOARD, { lastSeq: 7, state: update('a') }, 3);
    const loaded = await db.load(BOARD);
    expect(loaded.ok && loaded.value.updates).toEqual([update('a')]);
    expect(loaded.ok && loaded.value.confirmed).toEqual({ lastSeq: 7, state: update('a') });
    expect(loaded.ok && loaded.value.pending).toBe(3);
    await db.erase(BOARD);
    expect(await db.load(BOARD)).toEqual({ ok: true, value: { updates: [], keys: [], confirmed: null, pending: 0 } });
    const other = await db.load('b'.repeat(32));
    expect(other.ok && other.value.updates).toHaveLength(1);
  });

  it('merges only the updates it was told about, so another page appending meanwhile loses nothing', async () => {
    const db = await openBoardDb(new IDBFactory());
    const mine = [await db.append(BOARD, update('1')), await db.append(BOARD, update('2'))];
    const theirs = await db.append(BOARD, update('3'));
    const merged = new Uint8Array(Y.mergeUpdates([update('1'), update('2')]));
    await db.merge(BOARD, merged, mine);
    const loaded = await db.load(BOARD);
    expect(loaded.ok && loaded.value.updates).toEqual([update('3'), merged]);
    expect(loaded.ok && loaded.value.keys).toContain(theirs);
  });

  it('reports a damaged record instead of handing it out', async () => {
    const factory = new IDBFactory();
    const db = await openBoardDb(factory);
    await db.saveConfirmed(BOARD, { lastSeq: -1, state: update('a') }, 0);
    expect(await db.load(BOARD)).toEqual({ ok: false, error: 'corrupt' });
  });
});

describe('a board opened in a page', () => {
  it('keeps many offline edits across reloads, merged into few stored updates', async () => {
    const db = await openBoardDb(new IDBFactory());
    const keys = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
    // A port nothing listens on: the session stays offline, as on a train.
    const access = { server: 'http://127.0.0.1:9', boardId: BOARD, keys };
    const first = await openBoard(access, db, browserSessionDeps(access));
    for (let i = 0; i < 450; i++) first.doc.getArray<number>('items').push([i]);
    expect(first.health().status.pending).toBe(450);
    await first.close();
    const stored = await db.load(BOARD);
    expect(stored.ok && stored.value.updates.length).toBeLessThan(100);

    const second = await openBoard(access, db, browserSessionDeps(access));
    expect(second.doc.getArray<number>('items').toArray()).toEqual([...Array(450).keys()]);
    expect(second.health().status.pending).toBe(450);
    expect(second.health().recovered).toBe(false);
    await second.close();
  });
});

describe('the board store', () => {
  it('projects the document immutably and follows the connection state', async () => {
    const db = await openBoardDb(new IDBFactory());
    const keys = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
    const access = { server: 'http://127.0.0.1:9', boardId: BOARD, keys };
    const board = await openBoard(access, db, browserSessionDeps(access));
    const { store, stop } = createBoardStore(board, (doc) => ({
      items: doc.getArray<string>('items').toJSON() as string[],
      title: doc.getText('title').toJSON(),
    }));
    const before = store.getState().data;
    board.doc.getText('title').insert(0, 'Stand-up');
    expect(store.getState().data).toEqual({ items: [], title: 'Stand-up' });
    expect(store.getState().data.items).toBe(before.items);
    expect(store.getState().health.status.pending).toBe(1);
    stop();
    await board.close();
  });
});
