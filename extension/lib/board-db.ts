// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bytes } from '../../shared/encoding/bytes';
import { type Result, err, ok } from '../../shared/result';
import type { ConfirmedState } from '../../shared/sync/session-types';

/**
 * The local copy of every board this browser has opened, in IndexedDB: the document as a list of
 * Yjs updates (appended as they happen, merged now and then) and, per board, what the server had
 * confirmed plus how many local edits it had not. Nothing here is encrypted: it stays on the device,
 * like the browser's other profile data.
 */
export interface LocalBoard {
  updates: Bytes[];
  /** The stored updates' keys, for `merge`. */
  keys: number[];
  confirmed: ConfirmedState | null;
  pending: number;
}

export interface BoardDb {
  load(boardId: string): Promise<Result<LocalBoard, 'corrupt'>>;
  /** Stores an update; resolves to its key. */
  append(boardId: string, update: Bytes): Promise<number>;
  /**
   * Replaces the updates with these keys by one that contains them all. Only known keys go:
   * another page may be appending to the same board meanwhile.
   */
  merge(boardId: string, merged: Bytes, keys: readonly number[]): Promise<number>;
  saveConfirmed(boardId: string, confirmed: ConfirmedState, pending: number): Promise<void>;
  erase(boardId: string): Promise<void>;
  close(): void;
}

const DB_NAME = 'team-rituals-boards';
const DB_VERSION = 1;
const UPDATES = 'updates';
const BOARDS = 'boards';
const RECORD_VERSION = 1;

interface UpdateRecord {
  boardId: string;
  update: Bytes;
}
interface BoardRecord {
  boardId: string;
  version: number;
  lastSeq: number;
  state: Bytes;
  pending: number;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });

const isBytes = (value: unknown): value is Bytes => value instanceof Uint8Array;

function parseBoardRecord(raw: unknown): { confirmed: ConfirmedState; pending: number } | null {
  const record = raw as Partial<BoardRecord> | undefined;
  if (
    record?.version !== RECORD_VERSION ||
    !Number.isSafeInteger(record.lastSeq) ||
    (record.lastSeq ?? -1) < 0 ||
    !isBytes(record.state) ||
    !Number.isSafeInteger(record.pending) ||
    (record.pending ?? -1) < 0
  ) {
    return null;
  }
  return { confirmed: { lastSeq: record.lastSeq!, state: record.state }, pending: record.pending! };
}

export async function openBoardDb(factory: IDBFactory): Promise<BoardDb> {
  const open = factory.open(DB_NAME, DB_VERSION);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore(UPDATES, { autoIncrement: true }).createIndex('board', 'boardId');
    db.createObjectStore(BOARDS, { keyPath: 'boardId' });
  };
  const db = await done(open);

  return {
    async load(boardId) {
      const transaction = db.transaction([UPDATES, BOARDS], 'readonly');
      const index = transaction.objectStore(UPDATES).index('board');
      const [records, keys, board] = await Promise.all([
        done(index.getAll(IDBKeyRange.only(boardId))),
        done(index.getAllKeys(IDBKeyRange.only(boardId))),
        done(transaction.objectStore(BOARDS).get(boardId) as IDBRequest<unknown>),
      ]);
      const updates = (records as Partial<UpdateRecord>[]).map((record) => record.update);
      if (!updates.every(isBytes)) return err('corrupt');
      const saved = board === undefined ? null : parseBoardRecord(board);
      if (board !== undefined && !saved) return err('corrupt');
      return ok({ updates, keys: keys as number[], confirmed: saved?.confirmed ?? null, pending: saved?.pending ?? 0 });
    },

    async append(boardId, update) {
      const transaction = db.transaction(UPDATES, 'readwrite');
      const request = transaction.objectStore(UPDATES).add({ boardId, update } satisfies UpdateRecord);
      await committed(transaction);
      return request.result as number;
    },

    async merge(boardId, merged, keys) {
      // One transaction: a reader sees either the old updates or the merged one, never neither.
      const transaction = db.transaction(UPDATES, 'readwrite');
      const store = transaction.objectStore(UPDATES);
      keys.forEach((key) => store.delete(key));
      const request = store.add({ boardId, update: merged } satisfies UpdateRecord);
      await committed(transaction);
      return request.result as number;
    },

    async saveConfirmed(boardId, confirmed, pending) {
      const transaction = db.transaction(BOARDS, 'readwrite');
      const record: BoardRecord = { boardId, version: RECORD_VERSION, ...confirmed, pending };
      transaction.objectStore(BOARDS).put(record);
      await committed(transaction);
    },

    async erase(boardId) {
      const transaction = db.transaction([UPDATES, BOARDS], 'readwrite');
      const cursor = transaction.objectStore(UPDATES).index('board').openCursor(IDBKeyRange.only(boardId));
      cursor.onsuccess = () => {
        cursor.result?.delete();
        cursor.result?.continue();
      };
      transaction.objectStore(BOARDS).delete(boardId);
      await committed(transaction);
    },

    close: () => db.close(),
  };
}

/**
 * The board store with one board's local copy already being read. A page that knows which board it
 * shows first (the side panel: the team open last time) starts reading it while its views are
 * still loading and its other stored state is read, and the first `load` of that board takes what
 * was read. Every other load, and any later one of that board, reads afresh.
 */
export function preloadingBoardDb(db: Promise<BoardDb>, first: Promise<string | null>): Promise<BoardDb> {
  const early = Promise.all([db, first])
    .then(([opened, boardId]) => (boardId ? { boardId, loaded: opened.load(boardId) } : null))
    .catch(() => null);
  return db.then((opened) => {
    let taken = false;
    return {
      ...opened,
      async load(boardId) {
        const read = taken ? null : await early;
        if (read?.boardId === boardId) {
          taken = true;
          return read.loaded;
        }
        return opened.load(boardId);
      },
    };
  });
}
