// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type StoreApi, createStore } from 'zustand/vanilla';
import { observeProjection } from '../../shared/sync/projection';
import type { BoardHealth, OpenBoard } from './open-board';

/** What a board's views render: an immutable projection of the document, and its health. */
export interface BoardView<T> {
  data: T;
  health: BoardHealth;
}

/**
 * A zustand store over an open board. The projection is rebuilt after each transaction, with
 * unchanged parts kept, so selectors compare by reference. Views never write here: they call
 * mutation functions from `shared/` that run inside a Yjs transaction, and the change comes back
 * through the projection like a remote one.
 */
export function createBoardStore<T>(board: OpenBoard, project: (doc: OpenBoard['doc']) => T) {
  const observed = observeProjection(board.doc, project, (data) => store.setState({ data }));
  const store: StoreApi<BoardView<T>> = createStore<BoardView<T>>()(() => ({
    data: observed.initial,
    health: board.health(),
  }));
  const stopHealth = board.onHealth((health) => store.setState({ health }));
  return {
    store,
    stop: () => {
      observed.stop();
      stopHealth();
    },
  };
}
