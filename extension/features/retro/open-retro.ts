import { retroKeys } from '../../base/retro-keys';
import { readRetro } from '../../../shared/retro/model';
import type { RetroLink } from '../../../shared/team/model';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import { createBoardStore } from '../../sync/board-store';
import { browserSessionDeps, openBoard } from '../../sync/open-board';

export const projectRetro = readRetro;

/** Opens a retro's board in this page, like a team's (docs/architecture.md). */
export async function openRetro(team: TeamRecord, link: RetroLink, db: BoardDb, memberId: string, name: string) {
  const keys = await retroKeys(team, link);
  const access = { server: team.server, boardId: link.boardId, keys };
  const board = await openBoard(access, db, browserSessionDeps(access));
  board.awareness.setLocalState({ memberId, name });
  const { store, stop } = createBoardStore(board, projectRetro);
  let closing: Promise<void> | null = null;
  return {
    board,
    store,
    role: keys.role,
    close: () =>
      (closing ??= (async () => {
        stop();
        await board.close();
      })()),
  };
}

export type OpenRetro = Awaited<ReturnType<typeof openRetro>>;
