// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BoardDb } from '../lib/board-db';
import type { TeamRecord } from '../lib/records';
import { useOpened } from '../sync/use-opened';
import { type OpenTeam, openTeam } from './open-team';

/**
 * A team opened before its page's first render, so that the first paint shows it from its local
 * copy and syncs after (issue #22): the side panel opens the team open last time while its views
 * load. The first screen of that team takes it; if none has when the page calls `release` (after
 * its first render), it is closed.
 */
export interface FirstTeam {
  take(boardId: string): OpenTeam | null;
  release(): void;
}

export const NO_FIRST_TEAM: FirstTeam = { take: () => null, release: () => undefined };

/** How the pages open a team: its local copy from `boardDb`, then the server. */
export const teamOpener = (boardDb: Promise<BoardDb>) => (record: TeamRecord) =>
  boardDb.then((db) => openTeam(record, db, () => Date.now()));

/** Opens `record`'s team now; if there is none or it cannot be opened, its screen opens it later. */
export async function openFirstTeam(
  record: Promise<TeamRecord | null>,
  open: (record: TeamRecord) => Promise<OpenTeam>,
): Promise<FirstTeam> {
  const first = await record.catch(() => null);
  const team = first && (await open(first).catch(() => null));
  if (!first || !team) return NO_FIRST_TEAM;
  let left: OpenTeam | null = team;
  return {
    take(boardId) {
      if (boardId !== first.boardId) return null;
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

/**
 * Opens a team's board while mounted, or takes `first` if it is this board's, already open; a
 * rename of the record does not reopen it.
 */
export function useOpenTeam(
  record: TeamRecord,
  boardDb: Promise<BoardDb>,
  first: OpenTeam | null = null,
): OpenTeam | 'failed' | null {
  return useOpened(() => teamOpener(boardDb)(record), [record.boardId, boardDb], first);
}
