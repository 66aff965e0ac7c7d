// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  type Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type { Bytes } from '../encoding/bytes';

/** The origin of changes that came from the server, so that they are not sent back. */
export const REMOTE = Symbol('remote');

/** A presence state (JSON) without the member id it claims; what is not an object stays as it is. */
function withoutMemberId(state: string): string {
  try {
    const parsed = JSON.parse(state) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return state;
    return JSON.stringify({ ...parsed, memberId: undefined, readOnly: true });
  } catch {
    return 'null';
  }
}

/** What the presence relay needs of its session: sealing, opening, sending, and its task queue. */
export interface PresenceIo {
  /** Whether the connection has caught up, so that presence may go out. */
  ready: () => boolean;
  seal: (plaintext: Bytes) => Promise<Bytes>;
  send: (payload: Bytes) => void;
  /** Opens a received payload: its plaintext and whether an editor signed it; null if it does not open. */
  open: (payload: Bytes) => Promise<{ plaintext: Bytes; signed: boolean } | null>;
  /** Whether the board signs, so that unsigned presence is a read-only member's. */
  requireSigned: () => boolean;
  enqueue: (task: () => Promise<void>) => void;
}

/**
 * Presence (who is here) over a sync session: this member's awareness state out, sealed; the
 * others' in, each client id owned by the connection that announced it first (docs/security.md).
 */
export function createPresence(awareness: Awareness, io: PresenceIo) {
  /**
   * Which connection announced each awareness client id first: only that connection may speak for
   * it, and only its `left` removes it. Connection ids are the server's, so a member cannot claim
   * another connection's presence or take it away by leaving.
   */
  const owners = new Map<number, number>();
  const clientsOf = (connectionId: number) =>
    [...owners].filter(([, owner]) => owner === connectionId).map(([client]) => client);

  async function send(clients: number[]) {
    if (!io.ready()) return;
    io.send(await io.seal(new Uint8Array(encodeAwarenessUpdate(awareness, clients))));
  }

  const onUpdate = (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === REMOTE) return;
    const clients = [...changes.added, ...changes.updated, ...changes.removed];
    io.enqueue(() => send(clients));
  };
  awareness.on('update', onUpdate);

  /**
   * Sends this member's own state once for however many newcomers arrive together: the server
   * limits presence frames per connection, and a stand-up starts with everyone joining at once.
   */
  let announcing = false;
  const announceSelf = () => {
    if (announcing) return;
    announcing = true;
    io.enqueue(() => {
      announcing = false;
      return send([awareness.clientID]);
    });
  };

  return {
    /** Sends this member's state (after a catch-up). */
    sendSelf: () => send([awareness.clientID]),
    async receive(connectionId: number, payload: Bytes) {
      const opened = await io.open(payload);
      if (!opened) return;
      // Unsigned presence on a board that signs is a read-only member's: it may not claim to be one
      // of the team's members (who are editors), so its member id is taken out.
      const unsignedClaims = io.requireSigned() && !opened.signed;
      const known = clientsOf(connectionId).length > 0;
      // An awareness update is a count, then per client: id, clock, state as JSON. Entries for this
      // member's own id or for an id another connection announced are dropped.
      const decoder = decoding.createDecoder(opened.plaintext);
      const kept: [number, number, string][] = [];
      try {
        for (let count = decoding.readVarUint(decoder); count > 0; count--) {
          const entry: [number, number, string] = [
            decoding.readVarUint(decoder),
            decoding.readVarUint(decoder),
            decoding.readVarString(decoder),
          ];
          const owner = owners.get(entry[0]);
          if (entry[0] === awareness.clientID || (owner !== undefined && owner !== connectionId)) continue;
          if (unsignedClaims) entry[2] = withoutMemberId(entry[2]);
          owners.set(entry[0], connectionId);
          kept.push(entry);
        }
      } catch {
        return; // not an awareness update
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, kept.length);
      for (const [client, clock, state] of kept) {
        encoding.writeVarUint(encoder, client);
        encoding.writeVarUint(encoder, clock);
        encoding.writeVarString(encoder, state);
      }
      applyAwarenessUpdate(awareness, encoding.toUint8Array(encoder), REMOTE);
      // Someone new: tell them who we are soon instead of at the next periodic renewal.
      if (!known && kept.length > 0) announceSelf();
    },
    /** A connection left: its clients are gone. */
    left(connectionId: number) {
      const clients = clientsOf(connectionId);
      clients.forEach((client) => owners.delete(client));
      removeAwarenessStates(awareness, clients, REMOTE);
    },
    /** Who was here is unknown while away; everyone re-announces after the reconnect. */
    forgetAll() {
      removeAwarenessStates(awareness, [...owners.keys()], REMOTE);
      owners.clear();
    },
    stop: () => awareness.off('update', onUpdate),
  };
}
