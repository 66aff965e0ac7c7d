// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Bytes } from '../../shared/encoding/bytes';
import { boardEndpoints, probeAccess } from '../../shared/sync/access';
import type { BoardKeys } from '../../shared/sync/crypto';
import type { SyncSessionDeps, SyncStatus } from '../../shared/sync/session-types';
import { type SyncSession, createSyncSession } from '../../shared/sync/sync-session';
import type { BoardDb } from '../lib/board-db';

/** Everything needed to reach a board: from an invite link, or stored for a team. */
export interface BoardAccess {
  server: string;
  boardId: string;
  keys: BoardKeys;
}

/** What the page shows besides the content: the connection and the local copy. */
export interface BoardHealth {
  status: SyncStatus;
  /** The local copy was damaged, so it was dropped and the board comes from the server again. */
  recovered: boolean;
  /** The last write to the local copy failed (e.g. the disk is full); edits still sync. */
  localSaveFailed: boolean;
}

export interface OpenBoard {
  doc: Y.Doc;
  awareness: Awareness;
  session: SyncSession;
  health: () => BoardHealth;
  onHealth: (listener: (health: BoardHealth) => void) => () => void;
  /**
   * Keeps only the current state of the board, here and on the server: this device's copy is
   * merged into one update and, for an editor, the server's log is replaced by a snapshot. Called
   * when a stand-up or check-in round ends, so that no one can replay its turns (docs/security.md).
   */
  forgetHistory: () => void;
  /** Saves what is left to save and disconnects. */
  close: () => Promise<void>;
}

/** Stored updates are merged into one after this many. */
const MERGE_AFTER = 200;
/** How long the confirmed state may wait before it is written (it changes with every ack). */
const CONFIRM_SAVE_DELAY_MS = 300;

/** Local updates that cannot be applied mean a damaged copy. */
function applyAll(doc: Y.Doc, updates: Bytes[]): boolean {
  try {
    Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a board in this page: the document from the local copy at once (so it works offline), then
 * a sync session that keeps it in step with the server. Every change, local or remote, is appended
 * to the local copy; what the server confirmed is saved beside it, so a reload resumes from there.
 */
export async function openBoard(access: BoardAccess, db: BoardDb, deps: SyncSessionDeps): Promise<OpenBoard> {
  const { boardId } = access;
  let recovered = false;
  let doc = new Y.Doc();
  let local = await db.load(boardId).catch(() => null);
  if (!local?.ok || !applyAll(doc, local.value.updates)) {
    // Damaged or unreadable: the server holds every acknowledged edit, so start over from it.
    recovered = true;
    doc.destroy();
    doc = new Y.Doc();
    await db.erase(boardId).catch(() => undefined);
    local = null;
  }
  const stored = local?.value ?? { keys: [], confirmed: null, pending: 0 };

  let localSaveFailed = false;
  let keys = [...stored.keys];
  let writes: Promise<void> = Promise.resolve();
  const listeners = new Set<(health: BoardHealth) => void>();
  const health = (): BoardHealth => ({ status: session.status(), recovered, localSaveFailed });
  const notify = () => listeners.forEach((listener) => listener(health()));
  /** Local writes run one after another, in the order the changes happened. */
  const write = (task: () => Promise<void>) => {
    writes = writes.then(task).then(
      () => {
        if (localSaveFailed) {
          localSaveFailed = false;
          notify();
        }
      },
      () => {
        localSaveFailed = true;
        notify();
      },
    );
  };

  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleConfirmedSave = () => {
    saveTimer ??= setTimeout(saveConfirmed, CONFIRM_SAVE_DELAY_MS);
  };
  /** Replaces the stored updates by one: the document's state, without what was overwritten. */
  const mergeStored = async () => {
    const merged = new Uint8Array(Y.encodeStateAsUpdate(doc));
    const mergedKey = await db.merge(boardId, merged, keys);
    keys = [mergedKey];
  };
  const onUpdate = (update: Uint8Array) => {
    scheduleConfirmedSave();
    const copy = new Uint8Array(update);
    write(async () => {
      keys.push(await db.append(boardId, copy));
      if (keys.length >= MERGE_AFTER) await mergeStored();
    });
  };
  doc.on('update', onUpdate);

  const awareness = new Awareness(doc);
  const endpoints = boardEndpoints(access.server, boardId);
  const session = createSyncSession(
    {
      socketUrl: endpoints.socket,
      boardId,
      keys: access.keys,
      doc,
      awareness,
      confirmed: stored.confirmed ?? undefined,
      pending: stored.pending,
    },
    deps,
  );

  function saveConfirmed() {
    saveTimer = null;
    const confirmed = session.confirmed();
    const pending = session.status().pending;
    write(() => db.saveConfirmed(boardId, confirmed, pending));
  }
  session.onStatus(() => {
    scheduleConfirmedSave();
    notify();
  });
  session.start();

  return {
    doc,
    awareness,
    session,
    health,
    onHealth(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    forgetHistory() {
      write(mergeStored);
      session.compactSoon();
    },
    async close() {
      session.stop();
      await session.settled();
      if (saveTimer) clearTimeout(saveTimer);
      saveConfirmed();
      await writes;
      doc.off('update', onUpdate);
      awareness.destroy();
      doc.destroy();
    },
  };
}

/** The session's impure parts as a browser page provides them. */
export function browserSessionDeps(access: BoardAccess): SyncSessionDeps {
  const token = access.keys.editToken ?? access.keys.readToken;
  const { api } = boardEndpoints(access.server, access.boardId);
  return {
    crypto: globalThis.crypto,
    openSocket: (url, protocols) => new WebSocket(url, protocols),
    now: () => Date.now(),
    random: () => Math.random(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    probe: () => probeAccess((url, init) => fetch(url, init), api, token),
    online: () => navigator.onLine,
  };
}
