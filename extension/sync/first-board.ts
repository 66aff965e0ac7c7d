// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * A board opened before its page's first render, so that the first paint shows it from its local
 * copy and it syncs after (issue #22): the side panel opens the team open last time while its views
 * load, a retro page its team and retro. The first view of that board takes it (`useOpened`); if
 * none has when the page calls `release` (after its first render), it is closed.
 */
export interface FirstBoard<T> {
  take(boardId: string | undefined): T | null;
  release(): void;
}

export const noFirstBoard = <T>(): FirstBoard<T> => ({ take: () => null, release: () => undefined });

/** Opens board `boardId` now; if it cannot be opened, its view tries again when it mounts. */
export async function openFirstBoard<T extends { close: () => Promise<void> }>(
  boardId: string,
  open: () => Promise<T>,
): Promise<FirstBoard<T>> {
  return firstBoard(boardId, await open().catch(() => null));
}

/** Board `boardId`, opened already (or not: `null`), for its first view to take. */
export function firstBoard<T extends { close: () => Promise<void> }>(boardId: string, board: T | null): FirstBoard<T> {
  if (!board) return noFirstBoard();
  let left: T | null = board;
  return {
    take(id) {
      if (id !== boardId) return null;
      const taken = left;
      left = null;
      return taken;
    },
    release() {
      void left?.close();
      left = null;
    },
  };
}
