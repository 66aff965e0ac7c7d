// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { openProjectedBoard } from '../../sync/projected-board';
import { retroKeys } from '../../base/retro-keys';
import { readRetro } from '../../../shared/retro/model';
import type { RetroLink } from '../../../shared/team/model';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import type { SyncSessionDeps } from '../../../shared/sync/session-types';

export const projectRetro = readRetro;

/** Opens a retro's board in this page, like a team's (docs/architecture.md). */
export async function openRetro(
  team: TeamRecord,
  link: RetroLink,
  db: BoardDb,
  memberId: string,
  name: string,
  deps?: SyncSessionDeps,
) {
  const keys = await retroKeys(team, link);
  const access = { server: team.server, boardId: link.boardId, keys };
  const opened = await openProjectedBoard(access, db, projectRetro, { memberId, name }, deps);
  return { ...opened, role: keys.role };
}

export type OpenRetro = Awaited<ReturnType<typeof openRetro>>;
