// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Awareness } from 'y-protocols/awareness';
import { createStore } from 'zustand/vanilla';
import { readCheckin } from '../../shared/checkin/board';
import type { Bytes } from '../../shared/encoding/bytes';
import { type Result, err, ok } from '../../shared/result';
import {
  type BoardChangeError,
  type FetchLike,
  boardEndpoints,
  eraseBoard,
  setReadAccess,
} from '../../shared/sync/access';
import { toBase64Url } from '../../shared/encoding/base64url';
import { boardSigns, markBoardSigned } from '../../shared/sync/signed-board';
import { recordKeys } from '../lib/record-keys';
import { DEFAULT_TEAM_SETTINGS, isRemoved, readRetros, readTeam } from '../../shared/team/model';
import {
  initTeam,
  joinTeam,
  removeMember,
  renameMember,
  setReadLinkOff,
  setRetroVerifyKey,
} from '../../shared/team/ops';
import { readStandup } from '../../shared/team/standup';
import type { SyncSessionDeps } from '../../shared/sync/session-types';
import type { BoardDb } from '../lib/board-db';
import type { TeamRecord } from '../lib/records';
import { retroKeys } from './retro-keys';
import { type OpenBoard, browserSessionDeps, openBoard } from '../sync/open-board';
import { openProjectedBoard } from '../sync/projected-board';

const fetchFn: FetchLike = (url, init) => fetch(url, init);
/** How long leaving waits for the server to confirm the removal. */
const LEAVE_WAIT_MS = 3000;
/** How long moving a retro to signatures waits for its board to load and the server to confirm. */
const MOVE_WAIT_MS = 20_000;

/** Waits until `done` holds, checking every 50 ms; false once `ms` have passed. */
async function waitFor(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** What the team views render. */
export const projectTeam = (doc: OpenBoard['doc']) => ({
  ...readTeam(doc),
  standup: readStandup(doc),
  checkin: readCheckin(doc),
  checkinRound: readStandup(doc, 'checkinRound'),
  signs: boardSigns(doc),
});
export type TeamData = ReturnType<typeof projectTeam>;

/** Who is here now, from presence: member ids of everyone with the team open, this person included. */
export function presentMembers(awareness: Awareness): string[] {
  const ids = new Set<string>();
  awareness.getStates().forEach((state) => {
    const memberId = (state as { memberId?: unknown }).memberId;
    if (typeof memberId === 'string') ids.add(memberId);
  });
  return [...ids];
}

/**
 * Opens a team's board in this page: keys from the stored secret, the local copy, the session, a
 * store for the views, and presence. The creator initialises the empty board at once (it is
 * theirs); someone who joined waits until the board has caught up before adding themselves, so
 * they do not mistake an empty, not yet loaded board for a new team.
 */
export async function openTeam(record: TeamRecord, db: BoardDb, now: () => number, deps?: SyncSessionDeps) {
  const keys = await recordKeys(crypto, record);
  const access = { server: record.server, boardId: record.boardId, keys };
  const me = { memberId: record.memberId, name: record.memberName };
  const opened = await openProjectedBoard(access, db, projectTeam, me, deps);
  const { board, store, close } = opened;
  const { doc, awareness, session } = board;
  const serverNow = () => now() + (session.clockOffset() ?? 0);

  const ensureMember = () => {
    if (record.role !== 'edit') return;
    const team = readTeam(doc);
    if (record.creator && team.name === '') {
      doc.transact(() => {
        initTeam(doc, record.teamName, DEFAULT_TEAM_SETTINGS, serverNow());
        if (keys.version === 2) markBoardSigned(doc);
      });
    }
    if (!team.members.some((member) => member.id === record.memberId) && !isRemoved(doc, record.memberId)) {
      joinTeam(doc, record.memberId, record.memberName, serverNow());
    }
  };
  if (record.creator) ensureMember();
  const stopWaiting = session.onStatus((status) => {
    if (status.state !== 'online') return;
    stopWaiting();
    ensureMember();
  });

  const presence = createStore(() => ({ here: presentMembers(awareness) }));
  const onPresence = () => presence.setState({ here: presentMembers(awareness) });
  awareness.on('change', onPresence);
  opened.onClose(() => {
    awareness.off('change', onPresence);
    stopWaiting();
  });
  /**
   * Runs a server change on every retro of the team, then on the team board (edit link only).
   * Retros go first, so that if the server cannot be reached halfway, the team board still lists
   * what is left and the change can be repeated.
   */
  const forEachBoard = async (
    change: (api: string, editToken: Bytes) => Promise<Result<null, BoardChangeError>>,
  ): Promise<Result<null, BoardChangeError>> => {
    if (record.role !== 'edit') return err('refused');
    for (const retro of readRetros(doc)) {
      const changed = await change(
        boardEndpoints(record.server, retro.boardId).api,
        (await retroKeys(record, retro)).editToken!,
      );
      if (!changed.ok) return changed;
    }
    return change(boardEndpoints(record.server, record.boardId).api, keys.editToken!);
  };
  return {
    board,
    store,
    presence,
    serverNow,
    /** Shows a new name to the others at once; the member list follows through the document. */
    rename(name: string) {
      renameMember(doc, record.memberId, name);
      awareness.setLocalStateField('name', name);
    },
    /**
     * Leaves the team: marks this member removed, gives the server a moment to confirm it, then
     * closes the board and erases the local copy. Offline, the removal reaches the others never;
     * the person is simply gone from this device.
     */
    async leave() {
      removeMember(doc, record.memberId, serverNow());
      await waitFor(() => session.status().pending === 0 || session.status().state !== 'online', LEAVE_WAIT_MS);
      await close();
      await db.erase(record.boardId);
    },
    /**
     * Moves the team to editor signatures (key schedule 2): every retro first, each opened,
     * marked, re-sent signed and listed with its editors' public key, then the team board. The
     * links stay valid; the read-only link gains the public key (docs/protocol.md). Safe to
     * repeat: retros that sign already are skipped.
     */
    async moveToSignatures(progress: (done: number, total: number) => void): Promise<Result<null, 'unreachable'>> {
      if (record.role !== 'edit') return ok(null);
      const waiting = readRetros(doc).filter((retro) => !retro.verifyKey);
      for (const [index, retro] of waiting.entries()) {
        progress(index, waiting.length);
        const retroAccess = { server: record.server, boardId: retro.boardId, keys: await retroKeys(record, retro) };
        const retroBoard = await openBoard(retroAccess, db, browserSessionDeps(retroAccess));
        const status = () => retroBoard.session.status();
        let moved = await waitFor(() => status().state === 'online', MOVE_WAIT_MS);
        if (moved) {
          markBoardSigned(retroBoard.doc);
          moved = await waitFor(() => status().pending === 0 && !retroBoard.session.busy(), MOVE_WAIT_MS);
        }
        await retroBoard.close();
        if (!moved) return err('unreachable');
        setRetroVerifyKey(doc, retro.boardId, toBase64Url(retroAccess.keys.verifyKeyBytes!));
      }
      progress(waiting.length, waiting.length);
      markBoardSigned(doc);
      return ok(null);
    },
    /** Erases the team with its retros for everyone on the server, then this device's copies. */
    async erase(): Promise<Result<null, BoardChangeError>> {
      const erased = await forEachBoard((api, token) => eraseBoard(fetchFn, api, token));
      if (!erased.ok) return erased;
      const retros = readRetros(doc);
      await close();
      await Promise.all([record.boardId, ...retros.map((retro) => retro.boardId)].map((id) => db.erase(id)));
      return ok(null);
    },
    /**
     * Turns the read-only link off for the team and every retro (its holders lose access at once),
     * or on again; the link stays the same. Editors see the state on the team board.
     */
    async setReadLink(enabled: boolean): Promise<Result<null, BoardChangeError>> {
      const changed = await forEachBoard((api, token) => setReadAccess(fetchFn, api, token, enabled));
      if (changed.ok) setReadLinkOff(doc, !enabled);
      return changed;
    },
    close,
  };
}

export type OpenTeam = Awaited<ReturnType<typeof openTeam>>;
