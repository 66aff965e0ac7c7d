// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { StoreApi } from 'zustand/vanilla';
import type { BoardDb } from '../lib/board-db';
import { type BoardView, createBoardStore } from './board-store';
import type { SyncSessionDeps } from '../../shared/sync/session-types';
import { type BoardAccess, type OpenBoard, browserSessionDeps, openBoard } from './open-board';

/** A board open in this page for its views: the board, the store they read, and one way to close. */
export interface ProjectedBoard<T> {
  board: OpenBoard;
  store: StoreApi<BoardView<T>>;
  /** Runs `cleanup` first when the board closes (listeners the opener added). */
  onClose: (cleanup: () => void) => void;
  /** Closes once, however often it is called: cleanups, the store, then the board. */
  close: () => Promise<void>;
}

/**
 * Opens a board (the team's or a retro's) in this page: the local copy and the session with the
 * keys in `access`, this person's presence, and a store of `project(doc)` for the views. The
 * session's impure parts are the browser's unless `deps` says otherwise (component tests).
 */
export async function openProjectedBoard<T>(
  access: BoardAccess,
  db: BoardDb,
  project: (doc: OpenBoard['doc']) => T,
  presence: { memberId: string; name: string },
  deps: SyncSessionDeps = browserSessionDeps(access),
): Promise<ProjectedBoard<T>> {
  const board = await openBoard(access, db, deps);
  board.awareness.setLocalState(presence);
  const { store, stop } = createBoardStore(board, project);
  const cleanups: (() => void)[] = [];
  let closing: Promise<void> | null = null;
  return {
    board,
    store,
    onClose: (cleanup) => void cleanups.push(cleanup),
    close: () =>
      (closing ??= (async () => {
        for (const cleanup of cleanups) cleanup();
        stop();
        await board.close();
      })()),
  };
}
