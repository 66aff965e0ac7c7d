// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { type BoardAccess, type OpenBoard, browserSessionDeps, openBoard } from '../../extension/sync/open-board';
import { openBoardDb } from '../../extension/lib/board-db';

/**
 * A member on a device of their own: the extension's sync client in Node (real WebSocket, fetch and
 * WebCrypto), with a fresh, empty local copy on fake-indexeddb.
 */
export async function openNodeBoard(access: BoardAccess): Promise<OpenBoard> {
  return openBoard(access, await openBoardDb(new IDBFactory()), browserSessionDeps(access));
}
