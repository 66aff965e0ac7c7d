// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Connection } from './limits';

/**
 * Each socket's state while the object is awake, so that no frame deserialises an attachment (a
 * broadcast would otherwise read every recipient's). The attachment keeps what must survive
 * hibernation: it is written when the state changes (accepted, ready, closed), not for the rate
 * buckets, which refill to full in the seconds before an idle object hibernates anyway.
 */
export class SocketStates {
  private readonly states = new Map<WebSocket, Connection | null>();

  /** `sockets`: the object's accepted sockets; each is read from its attachment once, now. */
  constructor(private readonly sockets: () => WebSocket[]) {
    for (const socket of sockets()) this.of(socket);
  }

  /** A socket's state; null once it failed or before it was accepted. */
  of(socket: WebSocket): Connection | null {
    if (this.states.has(socket)) return this.states.get(socket)!;
    // First sight since the object woke: from the attachment, once.
    const connection = socket.deserializeAttachment() as Connection | null;
    this.states.set(socket, connection);
    return connection;
  }

  /** Holds a socket's new state; `persist` also writes it to the attachment for after hibernation. */
  keep(socket: WebSocket, connection: Connection | null, persist: boolean): void {
    this.states.set(socket, connection);
    if (persist) socket.serializeAttachment(connection);
  }

  /** How many sockets have a state held (tests check that closed ones do not). */
  get size(): number {
    return this.states.size;
  }

  forget(socket: WebSocket): void {
    this.states.delete(socket);
  }

  /** The sockets that have said hello, with their states. */
  *ready(): Generator<[WebSocket, Connection]> {
    for (const [socket, connection] of this.states) if (connection?.ready) yield [socket, connection];
  }

  /** The connection ids of every live socket but `except`. */
  liveIds(except: WebSocket): Set<number> {
    const ids = new Set<number>();
    for (const socket of this.sockets()) {
      const connection = socket === except ? null : this.of(socket);
      if (connection) ids.add(connection.connectionId);
    }
    return ids;
  }
}
