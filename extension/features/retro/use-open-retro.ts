// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type RetroLink, readRetros } from '../../../shared/team/model';
import { teamOpener } from '../../base/use-open-team';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import type { LocalStore } from '../../lib/local-store';
import { readTeams } from '../../stores/teams-store';
import { firstBoard } from '../../sync/first-board';
import { retroLocalKey } from './use-retro-local';
import { useOpened } from '../../sync/use-opened';
import { type OpenRetro, openRetro } from './open-retro';

/** How the pages open a retro: its local copy from `boardDb`, then the server. */
export const retroOpener = (boardDb: Promise<BoardDb>) => (record: TeamRecord, link: RetroLink) =>
  boardDb.then((db) => openRetro(record, link, db, record.memberId, record.memberName));

/**
 * Opens a retro's board while mounted, once the team board lists it, or takes `first` if it is
 * this board's, already open.
 */
export function useOpenRetro(
  record: TeamRecord,
  link: RetroLink | null,
  boardDb: Promise<BoardDb>,
  first: OpenRetro | null = null,
): OpenRetro | 'failed' | null {
  return useOpened(link ? () => retroOpener(boardDb)(record, link) : null, [link?.boardId, boardDb], first);
}

/**
 * What a retro page shows first: its team's record, and the team's and the retro's boards opened
 * from their local copies before the first render, which shows the board; they sync after.
 */
export async function openRetroPage(
  local: LocalStore,
  ids: { teamId: string; retroId: string },
  boardDb: Promise<BoardDb>,
) {
  // This device's drafts and votes, read beside the boards.
  const storedLocal = local.get(retroLocalKey(ids.retroId)).then(
    (raw) => ({ raw }),
    () => undefined,
  );
  const record = (await readTeams(local).catch(() => [])).find((team) => team.boardId === ids.teamId) ?? null;
  const team = record && (await teamOpener(boardDb)(record).catch(() => null));
  const link = team && (readRetros(team.board.doc).find((retro) => retro.boardId === ids.retroId) ?? null);
  const retro = record && link && (await retroOpener(boardDb)(record, link).catch(() => null));
  return {
    record,
    firstTeam: firstBoard(ids.teamId, team),
    firstRetro: firstBoard(ids.retroId, retro ?? null),
    storedLocal: await storedLocal,
  };
}
