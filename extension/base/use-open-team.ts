// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BoardDb } from '../lib/board-db';
import type { TeamRecord } from '../lib/records';
import { useOpened } from '../sync/use-opened';
import { type OpenTeam, openTeam } from './open-team';

/** Opens a team's board while mounted; a rename of the record does not reopen it. */
export function useOpenTeam(record: TeamRecord, boardDb: Promise<BoardDb>): OpenTeam | 'failed' | null {
  return useOpened(() => boardDb.then((db) => openTeam(record, db, () => Date.now())), [record.boardId, boardDb]);
}
