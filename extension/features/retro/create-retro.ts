// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { toBase64Url } from '../../../shared/encoding/base64url';
import { toHex } from '../../../shared/encoding/hex';
import { type Result, err, ok } from '../../../shared/result';
import type { RetroSettings } from '../../../shared/retro/model';
import { initRetro } from '../../../shared/retro/ops';
import { type CreateBoardError, createBoard } from '../../../shared/sync/access';
import type { RetroLink } from '../../../shared/team/model';
import { addRetro } from '../../../shared/team/ops';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import { browserSessionDeps, openBoard } from '../../sync/open-board';
import type { OpenTeam } from '../../base/open-team';
import { retroSecret } from '../../base/retro-keys';
import { boardSigns, markBoardSigned } from '../../../shared/sync/signed-board';

/** How long creating a retro waits for the server to confirm its first content. */
const CONFIRM_WAIT_MS = 3000;

/**
 * Creates a retro for a team: a new board whose edit secret is derived from the team's, set up
 * with the chosen format, and listed on the team board (with its read secret for read-only
 * members). Offline, the settings wait in the local copy and go out when the retro is opened.
 */
export async function createRetro(
  record: TeamRecord,
  team: OpenTeam,
  db: BoardDb,
  retentionDays: number | null,
  settings: RetroSettings,
): Promise<Result<RetroLink, CreateBoardError>> {
  const nonce = toHex(crypto.getRandomValues(new Uint8Array(16)));
  const secret = await retroSecret(record, nonce);
  // A retro signs if its team does (a team of version 1 may have members whose client cannot yet).
  const signs = boardSigns(team.board.doc);
  const created = await createBoard((url, init) => fetch(url, init), crypto, record.server, {
    secret,
    version: signs ? 2 : 1,
    retentionDays: retentionDays ?? undefined,
  });
  if (!created.ok) return err(created.error);
  const { invite, keys } = created.value;
  const access = { server: record.server, boardId: invite.boardId, keys };
  const board = await openBoard(access, db, browserSessionDeps(access));
  board.doc.transact(() => {
    initRetro(board.doc, settings, team.serverNow());
    if (signs) markBoardSigned(board.doc);
  });
  const deadline = Date.now() + CONFIRM_WAIT_MS;
  while (board.session.status().pending > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await board.close();
  const link: RetroLink = {
    boardId: invite.boardId,
    title: settings.title,
    nonce,
    readSecret: toBase64Url(keys.readSecret),
    ...(signs && keys.verifyKeyBytes ? { verifyKey: toBase64Url(keys.verifyKeyBytes) } : {}),
    createdAt: team.serverNow(),
    closedAt: null,
  };
  addRetro(team.board.doc, link);
  return ok(link);
}

/** The board tab of a retro. */
export const retroPageUrl = (teamId: string, retroId: string) => `/retro.html#team=${teamId}&retro=${retroId}`;
