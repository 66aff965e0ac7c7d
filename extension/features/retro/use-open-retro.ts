// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { RetroLink } from '../../../shared/team/model';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import { useOpened } from '../../sync/use-opened';
import { type OpenRetro, openRetro } from './open-retro';

/** Opens a retro's board while mounted, once the team board lists it. */
export function useOpenRetro(
  record: TeamRecord,
  link: RetroLink | null,
  boardDb: Promise<BoardDb>,
): OpenRetro | 'failed' | null {
  return useOpened(
    link ? () => boardDb.then((db) => openRetro(record, link, db, record.memberId, record.memberName)) : null,
    [link?.boardId, boardDb],
  );
}
