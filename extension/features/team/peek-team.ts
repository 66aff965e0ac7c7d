// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';
import { boardEndpoints } from '../../../shared/sync/access';
import { deriveBoardKeys } from '../../../shared/sync/crypto';
import { parseInvite } from '../../../shared/sync/invite';
import { createSyncSession } from '../../../shared/sync/sync-session';
import { readTeam } from '../../../shared/team/model';

/** How long the join screen waits for the team's name before it shows the form without it. */
const PEEK_MS = 8000;

/**
 * The name of the team an invite link leads to, read before joining: the link holds the key, so
 * the board is opened in memory (nothing stored, nothing written, no presence), read once it has
 * caught up, and closed. Null if the link is not an invite, or the server does not answer in time.
 */
export async function peekTeamName(link: string): Promise<string | null> {
  const invite = parseInvite(link);
  if (!invite.ok) return null;
  const { server, boardId, role, secret, version, verifyKey } = invite.value;
  const keys = await deriveBoardKeys(crypto, role, secret, { version, verifyKey });
  const doc = new Y.Doc();
  const session = createSyncSession(
    // A reader's keys, whatever the link: a peek must not write.
    {
      socketUrl: boardEndpoints(server, boardId).socket,
      boardId,
      keys: { ...keys, editToken: null, role: 'read' },
      doc,
    },
    {
      crypto,
      openSocket: (url, protocols) => new WebSocket(url, protocols),
      now: () => Date.now(),
      random: () => Math.random(),
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  );
  try {
    const name = await new Promise<string | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), PEEK_MS);
      session.onStatus((status) => {
        if (status.state === 'error') resolve(null);
        if (status.state !== 'online') return;
        clearTimeout(timer);
        resolve(readTeam(doc).name || null);
      });
      session.start();
    });
    return name;
  } finally {
    session.stop();
    doc.destroy();
  }
}
