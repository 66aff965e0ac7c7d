// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BoardDb } from '../lib/board-db';
import type { TeamRecord } from '../lib/records';
import { whenLoaded } from '../stores/page-messages';
import { type TeamsStore, activeTeam } from '../stores/teams-store';
import { type FirstBoard, noFirstBoard, openFirstBoard } from '../sync/first-board';
import { useOpened } from '../sync/use-opened';
import { type OpenTeam, openTeam } from './open-team';

/** A team opened before its page's first render (`openFirstBoard`). */
export type FirstTeam = FirstBoard<OpenTeam>;

/** No team opened first: a page opened to join one. */
export const NO_FIRST_TEAM: FirstTeam = noFirstBoard();

/** How the pages open a team: its local copy from `boardDb`, then the server. */
export const teamOpener = (boardDb: Promise<BoardDb>) => (record: TeamRecord) =>
  boardDb.then((db) => openTeam(record, db, () => Date.now()));

/**
 * The team open last time, opened as soon as the team list is read, before the page's first render,
 * so that the first render shows it (the side panel, the web app's team page).
 */
export async function openActiveTeam(teams: TeamsStore, boardDb: Promise<BoardDb>): Promise<FirstTeam> {
  await whenLoaded(teams);
  const last = activeTeam(teams.getState());
  return last ? openFirstBoard(last.boardId, () => teamOpener(boardDb)(last)) : noFirstBoard();
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
